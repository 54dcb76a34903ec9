package vn.lantoa.calendar.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The new name of one day of the list. */
public class RenameForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.size.max}")
    private String name;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
}
