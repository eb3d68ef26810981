package vn.chiso.user;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new account as the administrator types it, with its first password. */
public record NewUserForm(
        @NotBlank(message = "{user.username.required}")
        @Size(min = 3, max = 50, message = "{user.username.size}")
        @Pattern(regexp = "^[A-Za-z0-9._-]*$", message = "{user.username.pattern}")
        String username,
        @NotBlank(message = "{user.fullName.required}")
        @Size(max = 150, message = "{user.fullName.size}")
        String fullName,
        @Email(message = "{user.email.invalid}")
        @Size(max = 254, message = "{user.email.size}")
        String email,
        @NotNull(message = "{user.role.required}")
        Role role,
        Long unitId,
        @NotBlank(message = "{password.required}")
        @Size(min = PasswordRules.MIN_LENGTH, max = PasswordRules.MAX_LENGTH, message = "{password.size}")
        String password,
        String passwordConfirm) {

    /** An empty form; with a unit it starts as an officer of that unit. */
    public static NewUserForm officerOf(Long unitId) {
        return new NewUserForm("", "", "", unitId == null ? null : Role.OFFICER, unitId, "", "");
    }

    UserForm details() {
        return new UserForm(fullName, email, role, unitId);
    }
}
