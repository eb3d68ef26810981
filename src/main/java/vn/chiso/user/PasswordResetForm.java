package vn.chiso.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new password an administrator gives a user who lost theirs. */
public record PasswordResetForm(
        @NotBlank(message = "{password.required}")
        @Size(min = PasswordRules.MIN_LENGTH, max = PasswordRules.MAX_LENGTH, message = "{password.size}")
        String newPassword,
        String confirmPassword) {

    public static PasswordResetForm empty() {
        return new PasswordResetForm("", "");
    }
}
