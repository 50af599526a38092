//! Invitations: who is invited, as what and where; the account is made when the person sets
//! a password, so an invitation changes nothing anyone else can see.

use sqlx::Row;
use sqlx::any::AnyRow;
use strada_domain::access::OrganisationScope;
use strada_domain::accounts::{EmailAddress, PersonName, Role, User};
use strada_domain::ids::{OrganisationId, UserId};

use super::digest;
use super::users::{EMAIL_TAKEN, NewUser, insert_user};
use crate::rows::{self, scope_text};
use crate::{Store, StoreError, now_text};

impl Store {
    /// Records an invitation to become `invitation.role` at its organisation. No account
    /// exists until it is accepted, so inviting an address changes nothing anyone else sees.
    pub async fn create_invitation(
        &self,
        invitation: &Invitation,
        token: &str,
        invited_by: UserId,
        expires_at: &str,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO staff_invitations (token_hash, email, name, organisation_id, role, \
             invited_by, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(digest(token))
        .bind(invitation.email.as_str())
        .bind(invitation.name.as_str())
        .bind(invitation.organisation_id.to_string())
        .bind(invitation.role.code())
        .bind(invited_by.to_string())
        .bind(now_text())
        .bind(expires_at)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// The unused, unexpired invitation a token names.
    pub async fn invitation(&self, token: &str) -> Result<Option<Invitation>, StoreError> {
        let row = sqlx::query(
            "SELECT email, name, organisation_id, role FROM staff_invitations \
             WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2",
        )
        .bind(digest(token))
        .bind(now_text())
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(read_invitation).transpose()
    }

    /// The invitations waiting in a scope, by organisation then name.
    pub async fn list_invitations(
        &self,
        scope: OrganisationScope,
    ) -> Result<Vec<InvitationListing>, StoreError> {
        let rows = sqlx::query(
            "SELECT staff_invitations.email, staff_invitations.name, \
             staff_invitations.organisation_id, staff_invitations.role, \
             organisations.name AS organisation_name \
             FROM staff_invitations JOIN organisations \
             ON organisations.id = staff_invitations.organisation_id \
             WHERE staff_invitations.used_at IS NULL AND staff_invitations.expires_at > $1 \
             AND ($2 = '' OR staff_invitations.organisation_id = $2) \
             ORDER BY organisations.name, staff_invitations.name",
        )
        .bind(now_text())
        .bind(scope_text(scope))
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(InvitationListing {
                    invitation: read_invitation(row)?,
                    organisation_name: row.try_get("organisation_name")?,
                })
            })
            .collect()
    }

    /// Whether an account in `scope` has this email: what its administrator sees anyway.
    pub async fn email_in_scope(
        &self,
        email: &EmailAddress,
        scope: OrganisationScope,
    ) -> Result<bool, StoreError> {
        let row = sqlx::query(
            "SELECT COUNT(*) FROM users WHERE email = $1 AND ($2 = '' OR organisation_id = $2)",
        )
        .bind(email.as_str())
        .bind(scope_text(scope))
        .fetch_one(self.pool())
        .await?;
        Ok(row.try_get::<i64, _>(0)? > 0)
    }

    /// Uses an invitation up, once, and makes its account with the password chosen.
    pub async fn accept_invitation(
        &self,
        token: &str,
        password_hash: &str,
    ) -> Result<Acceptance, StoreError> {
        let mut transaction = self.pool().begin().await?;
        let row = sqlx::query(
            "UPDATE staff_invitations SET used_at = $1 \
             WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1 \
             RETURNING email, name, organisation_id, role",
        )
        .bind(now_text())
        .bind(digest(token))
        .fetch_optional(&mut *transaction)
        .await?;
        let Some(invitation) = row.as_ref().map(read_invitation).transpose()? else {
            return Ok(Acceptance::Unknown);
        };
        let inserted = insert_user(
            &mut *transaction,
            NewUser {
                email: &invitation.email,
                name: &invitation.name,
                organisation_id: invitation.organisation_id,
                role: invitation.role,
                password_hash: Some(password_hash.to_owned()),
                demo: false,
            },
        )
        .await;
        let id = match inserted {
            Ok(id) => id,
            Err(error) if error.is_duplicate(EMAIL_TAKEN) => {
                // No account is made, and the invitation is used up all the same: it answers
                // as an accepted one would, once, so it cannot probe whether the address
                // has an account elsewhere.
                transaction.rollback().await?;
                sqlx::query("UPDATE staff_invitations SET used_at = $1 WHERE token_hash = $2")
                    .bind(now_text())
                    .bind(digest(token))
                    .execute(self.pool())
                    .await?;
                return Ok(Acceptance::AddressTaken);
            }
            Err(error) => return Err(error),
        };
        transaction.commit().await?;
        let user = self
            .user(id)
            .await?
            .ok_or_else(|| StoreError::Corrupt("a new user vanished".into()))?;
        Ok(Acceptance::Accepted(user))
    }
}

/// An invitation to join an organisation as a role; the account is made when it is accepted.
#[derive(Debug, Clone)]
pub struct Invitation {
    pub email: EmailAddress,
    pub name: PersonName,
    pub organisation_id: OrganisationId,
    pub role: Role,
}

/// A waiting invitation as its organisation's administrators see it.
#[derive(Debug, Clone)]
pub struct InvitationListing {
    pub invitation: Invitation,
    pub organisation_name: String,
}

/// What accepting an invitation did.
#[derive(Debug)]
pub enum Acceptance {
    Accepted(User),
    /// The address has an account already (in another organisation, or made since the
    /// invitation): nothing is created and the invitation is used up.
    AddressTaken,
    /// No unused, unexpired invitation has this token.
    Unknown,
}

fn read_invitation(row: &AnyRow) -> Result<Invitation, StoreError> {
    Ok(Invitation {
        email: rows::parsed(row, "email", EmailAddress::parse)?,
        name: rows::parsed(row, "name", PersonName::parse)?,
        organisation_id: rows::id(row, "organisation_id")?,
        role: rows::parsed(row, "role", Role::parse)?,
    })
}
