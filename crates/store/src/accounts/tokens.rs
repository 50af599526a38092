//! API tokens: stored as digests, listed to their owner, revoked one by one or all at once
//! when what the user may do changes.

use sqlx::Row;
use strada_domain::accounts::User;
use strada_domain::ids::{ApiTokenId, UserId};

use super::{digest, read_user};
use crate::rows;
use crate::{Store, StoreError, now_text};

/// An API token as listed to its owner (never the token itself).
#[derive(Debug, Clone)]
pub struct ApiTokenListing {
    pub id: ApiTokenId,
    pub name: String,
    pub created_at: String,
    pub revoked_at: Option<String>,
}

impl Store {
    pub async fn create_api_token(
        &self,
        user_id: UserId,
        name: &str,
        token_hash: &str,
    ) -> Result<ApiTokenId, StoreError> {
        let id = ApiTokenId::new_random();
        sqlx::query("INSERT INTO api_tokens (id, user_id, name, token_hash, created_at) VALUES ($1, $2, $3, $4, $5)")
            .bind(id.to_string())
            .bind(user_id.to_string())
            .bind(name)
            .bind(token_hash)
            .bind(now_text())
            .execute(self.pool())
            .await?;
        Ok(id)
    }

    pub async fn list_api_tokens(
        &self,
        user_id: UserId,
    ) -> Result<Vec<ApiTokenListing>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, name, created_at, revoked_at FROM api_tokens WHERE user_id = $1 ORDER BY created_at DESC",
        )
        .bind(user_id.to_string())
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(ApiTokenListing {
                    id: rows::id(row, "id")?,
                    name: row.try_get("name")?,
                    created_at: row.try_get("created_at")?,
                    revoked_at: row.try_get("revoked_at")?,
                })
            })
            .collect()
    }

    /// Revokes one of a user's tokens; answers whether there was such a live token.
    pub async fn revoke_api_token(
        &self,
        user_id: UserId,
        token_id: ApiTokenId,
    ) -> Result<bool, StoreError> {
        let result = sqlx::query(
            "UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND user_id = $3 AND revoked_at IS NULL",
        )
        .bind(now_text())
        .bind(token_id.to_string())
        .bind(user_id.to_string())
        .execute(self.pool())
        .await?;
        Ok(result.rows_affected() == 1)
    }

    /// The live, enabled user a token acts for.
    pub async fn user_by_api_token(&self, token: &str) -> Result<Option<User>, StoreError> {
        let row = sqlx::query(concat!(
            "SELECT ", user_columns!(), " FROM api_tokens JOIN users ON users.id = api_tokens.user_id \
             WHERE api_tokens.token_hash = $1 AND api_tokens.revoked_at IS NULL AND users.disabled = 0"
        ))
        .bind(digest(token))
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(read_user).transpose()
    }
}

/// Ends every live API token of a user, in the transaction that changes what they may do.
pub(super) async fn revoke_api_tokens(
    transaction: &mut sqlx::Transaction<'_, sqlx::Any>,
    user_id: UserId,
) -> Result<(), StoreError> {
    sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL")
        .bind(now_text())
        .bind(user_id.to_string())
        .execute(&mut **transaction)
        .await?;
    Ok(())
}
