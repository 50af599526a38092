//! What the person's pages and their API both do: take an attempt of the per-address limits,
//! store a request for the organisations that can answer it, and open a request with its
//! ticket and passphrase.

use strada_domain::audit::{AuditAction, Outcome};
use strada_domain::help_requests::{
    NewHelpRequest, Passphrase, Ticket, answering_roles, recipients,
};
use strada_store::StoreError;
use strada_store::help_requests::{Credentials, HelpRequest};
use strada_store::rate_limits::RateLimit;
use time::Duration;

use super::input::FollowUp;
use crate::AppState;
use crate::client_address::{ClientAddress, per_address};

/// Requests (and messages written back) one address may send per hour.
pub const SENDS: RateLimit = per_address("help-request-send", 5, Duration::hours(1));
/// Status checks one address may make per hour (each is a guess at a passphrase).
pub const CHECKS: RateLimit = per_address("help-request-check", 30, Duration::hours(1));

/// Stores a request for the organisations that can answer it, and records that one came
/// (naming its country, nothing of the sender).
pub async fn create(state: &AppState, request: &NewHelpRequest) -> Result<Credentials, StoreError> {
    let answering = state
        .store()
        .organisations_with_staff_in(&answering_roles())
        .await?;
    let to = recipients(&state.directory(), request.country, &answering);
    let credentials = state.store().create_help_request(request, &to).await?;
    state
        .audit(
            None,
            "anonymous",
            AuditAction::HelpRequestReceived,
            request.country.as_str(),
            Outcome::Success,
        )
        .await;
    Ok(credentials)
}

/// What a ticket and passphrase open.
pub enum Opened {
    Request(HelpRequest),
    /// The address used up `limit`: nothing was compared.
    TooMany,
    /// No request has this pair.
    Unknown,
}

/// Opens the request of a ticket and passphrase, after taking one attempt of `limit` (before
/// the passphrase is compared, so guessing costs attempts).
pub async fn open(
    state: &AppState,
    client: ClientAddress,
    limit: &RateLimit,
    ticket: &Ticket,
    passphrase: &Passphrase,
) -> Result<Opened, StoreError> {
    if !client.take_attempt(state, limit).await? {
        return Ok(Opened::TooMany);
    }
    Ok(
        match state
            .store()
            .help_request_for_author(ticket, passphrase)
            .await?
        {
            Some(request) => Opened::Request(request),
            None => Opened::Unknown,
        },
    )
}

/// Adds the person's follow-up to `request` once (a second message with the same id stores
/// nothing), and reads the request again with it: whether it was new, and the request (none
/// if it was deleted meanwhile).
pub async fn add_follow_up(
    state: &AppState,
    request: &HelpRequest,
    follow_up: &FollowUp,
) -> Result<(bool, Option<HelpRequest>), StoreError> {
    let added = state
        .store()
        .add_follow_up(request.id, follow_up.id, &follow_up.message)
        .await?;
    let request = state
        .store()
        .help_request_for_author(&follow_up.ticket, &follow_up.passphrase)
        .await?;
    Ok((added, request))
}
