/**
 * Reading exported files whatever wrote them: the text encoding (UTF-8 with or without BOM, UTF-16
 * LE/BE with or without BOM), Excel's {@code sep=} first line, CSV with quoted multi-line fields, and a
 * file cut short (the rows before the cut are kept, the cut is reported). Knows nothing of what the
 * columns mean: each import matches its own headers.
 */
package vn.lantoa.channels.imports;
