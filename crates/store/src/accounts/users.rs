//! Accounts: made (from the command line, the demo, or an accepted invitation), read by id,
//! email or scope, and their language. Every query that returns users reads them with
//! `read_user`.

use sqlx::Row;
use sqlx::any::AnyRow;
use strada_domain::access::OrganisationScope;
use strada_domain::accounts::{EmailAddress, PersonName, Role, User};
use strada_domain::ids::{OrganisationId, UserId};
use strada_domain::language::UiLanguage;

use crate::rows::{self, scope_text};
use crate::{Store, StoreError, now_text};

/// The unique constraint an email already in use breaks (see `StoreError::Duplicate`).
pub const EMAIL_TAKEN: &str = "users_email_key";

/// A user with their password's hash.
#[derive(Debug, Clone)]
pub struct Credentials {
    pub user: User,
    pub password_hash: Option<String>,
}

/// A user in a listing, with their organisation's name.
#[derive(Debug, Clone)]
pub struct UserListing {
    pub user: User,
    pub organisation_name: String,
}

/// A new account.
pub struct NewUser<'a> {
    pub email: &'a EmailAddress,
    pub name: &'a PersonName,
    pub organisation_id: OrganisationId,
    pub role: Role,
    /// Hashed password, or none for an invitation to be accepted.
    pub password_hash: Option<String>,
    pub demo: bool,
}

pub(crate) fn read_user(row: &AnyRow) -> Result<User, StoreError> {
    Ok(User {
        id: rows::id(row, "id")?,
        email: rows::parsed(row, "email", EmailAddress::parse)?,
        name: rows::parsed(row, "name", PersonName::parse)?,
        organisation_id: rows::id(row, "organisation_id")?,
        role: rows::parsed(row, "role", Role::parse)?,
        disabled: rows::flag(row, "disabled")?,
        second_factor_enrolled: rows::flag(row, "totp_enrolled")?,
        second_factor_reset: rows::flag(row, "totp_reset")?,
        demo: rows::flag(row, "demo")?,
        language: UiLanguage::from_code(&rows::text(row, "language")?).unwrap_or(UiLanguage::En),
    })
}

fn read_credentials(row: &AnyRow) -> Result<Credentials, StoreError> {
    Ok(Credentials {
        user: read_user(row)?,
        password_hash: row.try_get("password_hash")?,
    })
}

/// Inserts an account in `executor`'s transaction or pool; an email in use is
/// `StoreError::Duplicate` of `EMAIL_TAKEN`.
pub(super) async fn insert_user<'e>(
    executor: impl sqlx::Executor<'e, Database = sqlx::Any>,
    new: NewUser<'_>,
) -> Result<UserId, StoreError> {
    let id = UserId::new_random();
    let now = now_text();
    sqlx::query(
        "INSERT INTO users (id, email, name, organisation_id, role, password_hash, demo, \
         created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)",
    )
    .bind(id.to_string())
    .bind(new.email.as_str())
    .bind(new.name.as_str())
    .bind(new.organisation_id.to_string())
    .bind(new.role.code())
    .bind(new.password_hash)
    .bind(i32::from(new.demo))
    .bind(&now)
    .execute(executor)
    .await?;
    Ok(id)
}

impl Store {
    /// Creates an account; an email already in use is `StoreError::Duplicate` of
    /// `EMAIL_TAKEN`.
    pub async fn create_user(&self, new: NewUser<'_>) -> Result<User, StoreError> {
        let id = insert_user(self.pool(), new).await?;
        self.user(id)
            .await?
            .ok_or_else(|| StoreError::Corrupt("a new user vanished".into()))
    }

    pub async fn user(&self, id: UserId) -> Result<Option<User>, StoreError> {
        Ok(self
            .credentials_by_id(id)
            .await?
            .map(|credentials| credentials.user))
    }

    /// A user of one organisation, or none when the id names nobody in the scope.
    pub async fn user_in_scope(
        &self,
        id: UserId,
        scope: OrganisationScope,
    ) -> Result<Option<User>, StoreError> {
        let row = sqlx::query(concat!(
            "SELECT ",
            user_columns!(),
            " FROM users WHERE id = $1 AND ($2 = '' OR organisation_id = $2)"
        ))
        .bind(id.to_string())
        .bind(scope_text(scope))
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(read_user).transpose()
    }

    pub async fn credentials(
        &self,
        email: &EmailAddress,
    ) -> Result<Option<Credentials>, StoreError> {
        self.credentials_where("email", email.as_str()).await
    }

    pub async fn credentials_by_id(&self, id: UserId) -> Result<Option<Credentials>, StoreError> {
        self.credentials_where("id", &id.to_string()).await
    }

    /// The user whose `column` (a unique one) holds `value`, with their password's hash.
    async fn credentials_where(
        &self,
        column: &'static str,
        value: &str,
    ) -> Result<Option<Credentials>, StoreError> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            concat!(
                "SELECT ",
                user_columns!(),
                ", password_hash FROM users WHERE {} = $1"
            ),
            column
        )))
        .bind(value)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(read_credentials).transpose()
    }

    /// The users in a scope, by organisation then name.
    pub async fn list_users(
        &self,
        scope: OrganisationScope,
    ) -> Result<Vec<UserListing>, StoreError> {
        let rows = sqlx::query(concat!(
            "SELECT ",
            user_columns!(),
            ", organisations.name AS organisation_name \
             FROM users JOIN organisations ON organisations.id = users.organisation_id \
             WHERE ($1 = '' OR users.organisation_id = $1) \
             ORDER BY organisations.name, users.name"
        ))
        .bind(scope_text(scope))
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(UserListing {
                    user: read_user(row)?,
                    organisation_name: row.try_get("organisation_name")?,
                })
            })
            .collect()
    }

    pub async fn set_user_language(
        &self,
        id: UserId,
        language: UiLanguage,
    ) -> Result<(), StoreError> {
        sqlx::query("UPDATE users SET language = $1, updated_at = $2 WHERE id = $3")
            .bind(language.code())
            .bind(now_text())
            .bind(id.to_string())
            .execute(self.pool())
            .await?;
        Ok(())
    }
}
