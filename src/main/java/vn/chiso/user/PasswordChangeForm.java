package vn.chiso.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A user changing their own password proves they know the current one. */
public record PasswordChangeForm(
        @NotBlank(message = "{password.current.required}")
        String currentPassword,
        @NotBlank(message = "{password.required}")
        @Size(min = PasswordRules.MIN_LENGTH, max = PasswordRules.MAX_LENGTH, message = "{password.size}")
        String newPassword,
        String confirmPassword) {

    public static PasswordChangeForm empty() {
        return new PasswordChangeForm("", "", "");
    }
}
