package vn.lantoa.accounts.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.lantoa.accounts.internal.AccountPrincipal;
import vn.lantoa.accounts.internal.ApiTokens;
import vn.lantoa.accounts.internal.IpThrottle;
import vn.lantoa.accounts.internal.SecuritySettings;
import vn.lantoa.common.web.TooManyRequests;
import vn.lantoa.common.web.Unauthenticated;

@Tag(name = "Xác thực", description = "Đổi tên đăng nhập và mật khẩu lấy mã truy cập (bearer token)")
@RestController
@RequestMapping("/api/v1/auth")
class AuthApi {

    private final AuthenticationManager authentication;
    private final ApiTokens tokens;
    private final SecuritySettings settings;
    private final IpThrottle throttle;

    AuthApi(AuthenticationManager authentication, ApiTokens tokens, SecuritySettings settings, IpThrottle throttle) {
        this.authentication = authentication;
        this.tokens = tokens;
        this.settings = settings;
        this.throttle = throttle;
    }

    record Credentials(@NotBlank(message = "{validation.required}") @Size(max = 60, message = "{validation.size.max}") String username,
                       @NotBlank(message = "{validation.required}") @Size(max = 128, message = "{validation.size.max}") String password) {
    }

    record TokenResponse(String token, String tokenType, Instant expiresAt) {
    }

    @Operation(summary = "Lấy mã truy cập", description = "Mã hết hạn sau thời gian cấu hình (mặc định 8 giờ) và có thể thu hồi bằng DELETE.")
    @PostMapping("/token")
    ResponseEntity<TokenResponse> token(@Valid @RequestBody Credentials credentials, HttpServletRequest request) {
        if (throttle.isBlocked(request.getRemoteAddr())) {
            throw new TooManyRequests("login.error.throttled");
        }
        UsernamePasswordAuthenticationToken attempt =
                UsernamePasswordAuthenticationToken.unauthenticated(credentials.username(), credentials.password());
        attempt.setDetails(new WebAuthenticationDetailsSource().buildDetails(request));
        Authentication result;
        try {
            result = authentication.authenticate(attempt);
        } catch (LockedException e) {
            throw new Unauthenticated("login.error.locked");
        } catch (DisabledException e) {
            throw new Unauthenticated("login.error.disabled");
        } catch (AuthenticationException e) {
            throw new Unauthenticated("login.error.bad");
        }
        AccountPrincipal principal = (AccountPrincipal) result.getPrincipal();
        ApiTokens.Issued issued = tokens.issueSession(principal.accountId(), settings.apiTokenLifetime());
        return ResponseEntity.status(HttpStatus.CREATED)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(new TokenResponse(issued.token(), "Bearer", issued.expiresAt()));
    }

    @Operation(summary = "Thu hồi mã truy cập đang dùng")
    @DeleteMapping("/token")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        tokens.revokeRaw(authorization.substring(7).trim());
    }
}
