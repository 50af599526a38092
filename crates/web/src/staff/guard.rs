//! Permissions in the handlers' signatures. A handler that works on an organisation's records
//! takes `Permitted<P>` (a staff page, by the session cookie) or `Permitted<P, ApiCaller>`
//! (the API, by the bearer token), where `P` names an `Action` of the access policy. The
//! extractor asks `access::scope` before the handler runs and hands it the organisation scope
//! its queries are filtered by; when the policy says no, a page answers the staff 404 (the
//! screen is not this role's) and the API answers 403 with what the role may not do.

use std::marker::PhantomData;
use std::ops::Deref;

use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use strada_domain::access::{Action, Actor, OrganisationScope, scope};

use serde::de::DeserializeOwned;

use super::{ApiCaller, Staff, StaffForm};
use crate::AppState;
use crate::errors::{ApiError, PageError};

/// An action of the access policy, as a type a handler can ask for.
pub trait Permission: Send + Sync + 'static {
    const ACTION: Action;
    /// What the API answers a role that may not (English, as the API speaks).
    const REFUSAL: &'static str;
}

/// Who calls, by a session cookie or a bearer token.
pub trait Credential: FromRequestParts<AppState, Rejection: IntoResponse> + Send {
    fn actor(&self) -> Actor;
    /// The answer when the access policy says no.
    fn refuse(refusal: &'static str) -> Response;
}

impl Credential for Staff {
    fn actor(&self) -> Actor {
        Staff::actor(self)
    }

    fn refuse(_refusal: &'static str) -> Response {
        PageError::NotFound.into_response()
    }
}

impl Credential for ApiCaller {
    fn actor(&self) -> Actor {
        ApiCaller::actor(self)
    }

    fn refuse(refusal: &'static str) -> Response {
        ApiError::forbidden(refusal).into_response()
    }
}

/// A caller the access policy lets do `P`, with the scope of the records they may touch.
pub struct Permitted<P: Permission, C: Credential = Staff> {
    pub caller: C,
    pub scope: OrganisationScope,
    permission: PhantomData<P>,
}

impl<P: Permission, C: Credential> Deref for Permitted<P, C> {
    type Target = C;

    fn deref(&self) -> &C {
        &self.caller
    }
}

impl<P: Permission, C: Credential> Permitted<P, C> {
    /// Asks the access policy whether `caller` may do `P`: the scope, or the refusal.
    fn ask(caller: C) -> Result<Self, Response> {
        let scope = scope(&caller.actor(), P::ACTION).ok_or_else(|| C::refuse(P::REFUSAL))?;
        Ok(Self {
            caller,
            scope,
            permission: PhantomData,
        })
    }
}

impl<P: Permission, C: Credential> FromRequestParts<AppState> for Permitted<P, C> {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let caller = C::from_request_parts(parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        Self::ask(caller)
    }
}

/// A form posted by a staff member the access policy lets do `P`. The form's CSRF check comes
/// first, as for every posted form (a post without a session is refused as expired, before
/// anyone is sent to sign in); then the permission, refused like `Permitted<P>`'s.
pub struct PermittedForm<P: Permission, T> {
    pub permitted: Permitted<P>,
    pub form: T,
}

impl<P: Permission, T: DeserializeOwned> FromRequest<AppState> for PermittedForm<P, T> {
    type Rejection = Response;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let StaffForm { staff, form } = StaffForm::<T>::from_request(request, state).await?;
        Ok(Self {
            permitted: Permitted::ask(staff)?,
            form,
        })
    }
}

/// Declares the permissions handlers ask for, one per action of the access policy.
macro_rules! permissions {
    ($($(#[$doc:meta])* $name:ident, $refusal:literal;)*) => {
        $(
            $(#[$doc])*
            pub struct $name;

            impl Permission for $name {
                const ACTION: Action = Action::$name;
                const REFUSAL: &'static str = $refusal;
            }
        )*
    };
}

permissions! {
    ViewUsers, "this role does not see staff accounts";
    ManageUsers, "this role does not manage staff accounts";
    ManageOrganisations, "only the network's administrators manage organisations";
    ViewAudit, "this role does not read the audit trail";
    EditContent, "this role does not write the network's public content";
    RecordConsultations, "this role sees consultations in aggregate only";
    ReadConsultations, "this role sees consultations in aggregate only";
    ExportConsultations, "only the organisation's administrators export consultations";
    AnalyseConsultations, "this role does not analyse consultations";
    AnswerHelpRequests, "this role does not answer help requests";
    EditDirectoryEntry, "this role does not keep directory entries";
    WorkOnCases, "this role does not work on case files";
    OverseeCases, "only the organisation's administrators oversee its case files";
    BreakTheGlass, "only case workers open a case they are not assigned to";
}
