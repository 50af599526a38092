//! What an account may do: its role, and whether it is disabled. Each change ends the
//! account's API tokens in the same transaction, so a token never acts with rights its user
//! no longer has.

use strada_domain::accounts::Role;
use strada_domain::ids::UserId;

use super::sessions::end_sessions;
use super::tokens::revoke_api_tokens;
use crate::{Store, StoreError, now_text};

impl Store {
    /// Disables or enables an account; disabling ends its sessions on the server.
    pub async fn set_user_disabled(&self, id: UserId, disabled: bool) -> Result<(), StoreError> {
        let mut transaction = self.pool().begin().await?;
        sqlx::query("UPDATE users SET disabled = $1, updated_at = $2 WHERE id = $3")
            .bind(i32::from(disabled))
            .bind(now_text())
            .bind(id.to_string())
            .execute(&mut *transaction)
            .await?;
        if disabled {
            end_sessions(&mut transaction, id, None).await?;
            revoke_api_tokens(&mut transaction, id).await?;
        }
        transaction.commit().await?;
        Ok(())
    }

    /// Changes a role and ends the user's API tokens: a token made for one role never acts
    /// with another's rights.
    pub async fn set_user_role(&self, id: UserId, role: Role) -> Result<(), StoreError> {
        let mut transaction = self.pool().begin().await?;
        sqlx::query("UPDATE users SET role = $1, updated_at = $2 WHERE id = $3")
            .bind(role.code())
            .bind(now_text())
            .bind(id.to_string())
            .execute(&mut *transaction)
            .await?;
        revoke_api_tokens(&mut transaction, id).await?;
        transaction.commit().await?;
        Ok(())
    }
}
