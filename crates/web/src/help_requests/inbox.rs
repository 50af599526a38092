//! What the recipients do, the same from the staff screens and from the queue API: read
//! their organisation's inbox (unopened requests escalate to the secretariat first), open a
//! request (an audited read), reply, close, and make a consultation of a request. Each write
//! is recorded in the audit trail. Who may is the access policy's `AnswerHelpRequests`, whose
//! scope is always the caller's own organisation: the secretariat's administrators answer
//! what reaches the secretariat.

use serde_json::{Map, Value};
use strada_domain::access::{Action, OrganisationScope, scope};
use strada_domain::accounts::User;
use strada_domain::audit::{AuditAction, Outcome};
use strada_domain::ids::{ConsultationId, HelpRequestId, OrganisationId};
use strada_store::StoreError;
use strada_store::consultations::Recorded;
use strada_store::help_requests::HelpRequest;
use time::{Duration, OffsetDateTime};

use crate::AppState;
use crate::consultations::{
    ConsultationForm, ConsultationInput, Sent, in_english, organisation_zone, read_consultation,
};
use crate::params::FieldErrors;
use crate::staff::actor_of;

/// The organisation whose inbox a scope of `AnswerHelpRequests` reads; none for a scope of
/// the whole network, which the policy never gives for this action (no inbox is the
/// network's).
pub fn inbox_of(scope: OrganisationScope) -> Option<OrganisationId> {
    scope.organisation()
}

/// Gives the secretariat what nobody opened in time, before any inbox is read.
pub async fn escalate(state: &AppState) -> Result<(), StoreError> {
    let hours = i64::from(state.settings().help_request_escalation_hours);
    state
        .store()
        .escalate_unopened_help_requests(OffsetDateTime::now_utc() - Duration::hours(hours))
        .await?;
    Ok(())
}

/// The request `id` (as written in the address) that the inbox of `scope` received; none
/// for an id that is none, or a request another organisation receives.
pub async fn received(
    state: &AppState,
    scope: OrganisationScope,
    id: &str,
) -> Result<Option<HelpRequest>, StoreError> {
    let (Some(inbox), Ok(id)) = (inbox_of(scope), id.parse::<HelpRequestId>()) else {
        return Ok(None);
    };
    escalate(state).await?;
    state.store().received_help_request(inbox, id).await
}

/// Records that `user` read the person's words, an audited read of personal data (`what`:
/// the request's id, or the queue's page).
pub async fn audit_read(state: &AppState, user: &User, what: &str) {
    state
        .audit(
            Some(user),
            "",
            AuditAction::HelpRequestsRead,
            what,
            Outcome::Success,
        )
        .await;
}

/// Adds a reply of `inbox`'s organisation, written by `user`, and records it.
pub async fn answer(
    state: &AppState,
    user: &User,
    inbox: OrganisationId,
    id: HelpRequestId,
    message: &str,
) -> Result<(), StoreError> {
    state
        .store()
        .reply_to_help_request(inbox, id, user.id, message)
        .await?;
    state
        .audit(
            Some(user),
            "",
            AuditAction::HelpRequestAnswered,
            &id.to_string(),
            Outcome::Success,
        )
        .await;
    Ok(())
}

/// Closes a request (linking the consultation it became) and records it.
pub async fn close_request(
    state: &AppState,
    user: &User,
    id: HelpRequestId,
    consultation: Option<ConsultationId>,
) -> Result<(), StoreError> {
    state.store().close_help_request(id, consultation).await?;
    state
        .audit(
            Some(user),
            "",
            AuditAction::HelpRequestClosed,
            &id.to_string(),
            Outcome::Success,
        )
        .await;
    Ok(())
}

/// What staff send to make a consultation of a request: the queue API's JSON body (read by
/// serde into `ConsultationInput`) or the request page's form.
pub enum ConsultationSent {
    Json(Map<String, Value>),
    Form(Box<ConsultationForm>),
}

impl From<Map<String, Value>> for ConsultationSent {
    fn from(body: Map<String, Value>) -> Self {
        Self::Json(body)
    }
}

impl From<ConsultationForm> for ConsultationSent {
    fn from(form: ConsultationForm) -> Self {
        Self::Form(Box::new(form))
    }
}

/// Records a consultation of `inbox`'s organisation made of `request` (`sent` may set any
/// field of one; the channel, language and anonymity default to the request's) and closes
/// the request. Answers the consultation's id, or the consultation's field errors.
pub async fn convert(
    state: &AppState,
    user: &User,
    inbox: OrganisationId,
    request: &HelpRequest,
    sent: impl Into<ConsultationSent>,
) -> Result<Result<ConsultationId, FieldErrors>, StoreError> {
    let input = match sent.into() {
        ConsultationSent::Json(body) => ConsultationInput::from_json(Value::Object(body)),
        ConsultationSent::Form(form) => Ok((*form).into_input(&organisation_zone(state, inbox))),
    };
    let details = match input.and_then(|input| read_consultation(of_request(input, request), state))
    {
        Ok(details) => details,
        Err(problems) => return Ok(Err(in_english(problems))),
    };
    // Keyed by the request: converting twice (two clicks, two consultants) makes one.
    let recorded = state
        .store()
        .record_consultation(
            inbox,
            user.id,
            &details,
            Some(&format!("help-request-{}", request.id)),
        )
        .await?;
    let consultation = match recorded {
        Recorded::New(consultation) => {
            state
                .audit(
                    Some(user),
                    "",
                    AuditAction::ConsultationRecorded,
                    &consultation.id.to_string(),
                    Outcome::Success,
                )
                .await;
            consultation
        }
        Recorded::Repeated(consultation) => consultation,
    };
    close_request(state, user, request.id, Some(consultation.id)).await?;
    Ok(Ok(consultation.id))
}

/// `input` with what a request says of itself where it says nothing: a consultation by the
/// web form, in the request's language, anonymous.
fn of_request(mut input: ConsultationInput, request: &HelpRequest) -> ConsultationInput {
    if matches!(input.channel, Sent::Absent) {
        input.channel = Sent::Given("web_form".into());
    }
    if matches!(input.language, Sent::Absent) {
        input.language = Sent::Given(request.language.to_string());
    }
    if matches!(input.anonymous, Sent::Absent) {
        input.anonymous = Sent::Given(true);
    }
    input
}

/// The unread count of `user`'s inbox, for the staff home; none for a role the access policy
/// does not let answer requests. A failure is logged and shows no count: the home still opens.
pub async fn unread_count(state: &AppState, user: &User) -> Option<u64> {
    let inbox = inbox_of(scope(&actor_of(user), Action::AnswerHelpRequests)?)?;
    if let Err(error) = escalate(state).await {
        tracing::error!(%error, "cannot escalate unopened help requests");
    }
    match state.store().unread_help_requests(inbox).await {
        Ok(count) => Some(count),
        Err(error) => {
            tracing::error!(%error, "cannot count unread help requests");
            None
        }
    }
}
