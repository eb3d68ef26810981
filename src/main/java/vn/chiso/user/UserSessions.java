package vn.chiso.user;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Ends a user's sessions on every instance (they live in PostgreSQL) when the account is deactivated, its role or
 * unit changes, or its password is reset: the old session would otherwise keep the old rights.
 */
@Component
class UserSessions {

    private final FindByIndexNameSessionRepository<?> sessions;

    UserSessions(FindByIndexNameSessionRepository<?> sessions) {
        this.sessions = sessions;
    }

    void endAll(String username) {
        endAllExcept(username, null);
    }

    void endAllExcept(String username, String keptSessionId) {
        sessions.findByPrincipalName(username).keySet().stream()
                .filter(id -> !id.equals(keptSessionId))
                .forEach(sessions::deleteById);
    }
}
