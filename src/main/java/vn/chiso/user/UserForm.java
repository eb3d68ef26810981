package vn.chiso.user;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What an administrator may change on an existing account. An officer needs a unit. */
public record UserForm(
        @NotBlank(message = "{user.fullName.required}")
        @Size(max = 150, message = "{user.fullName.size}")
        String fullName,
        @Email(message = "{user.email.invalid}")
        @Size(max = 254, message = "{user.email.size}")
        String email,
        @NotNull(message = "{user.role.required}")
        Role role,
        Long unitId) {

    public static UserForm of(UserRow user) {
        return new UserForm(user.fullName(), user.email(), user.role(), user.unitId());
    }
}
