//! Staff accounts on the web: signing in with a password and a second factor, the staff home,
//! one's own account (password, sessions, second factor, API tokens), the administration of
//! users and organisations, and `/api/v1/me`. Every decision about who may do what is asked of
//! `strada_domain::access`.

mod account;
pub mod api;
mod enrolment;
mod invitations;
mod organisations;
pub mod session;
mod sign_in;
mod users;

use axum::Router;
use axum::http::HeaderMap;
use axum::routing::{get, post};
use strada_domain::access::{Action, Resource, permits};
use strada_domain::accounts::User;
use strada_domain::audit::{AuditAction, Outcome};
use strada_domain::language::UiLanguage;
use strada_store::audit::NewAuditEvent;

use crate::AppState;
use crate::assets::STYLESHEET;
use crate::i18n::Translator;
use crate::layout::NavItem;
use session::CurrentSession;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/login", get(sign_in::show_sign_in).post(sign_in::sign_in))
        .route(
            "/login/code",
            get(sign_in::show_code).post(sign_in::check_code),
        )
        .route("/logout", post(sign_in::sign_out))
        .route("/staff", get(sign_in::redirect_to_staff_home))
        .route("/staff/", get(show_staff_home))
        .route(
            "/staff/enrol",
            get(enrolment::show_enrolment).post(enrolment::confirm_enrolment),
        )
        .route("/staff/enrol/password", post(enrolment::restart_enrolment))
        .route("/staff/account", get(account::show_account))
        .route("/staff/account/password", post(account::change_password))
        .route("/staff/account/language", post(account::change_language))
        .route("/staff/account/sessions/end", post(account::end_session))
        .route(
            "/staff/account/second-factor/reset",
            post(account::reset_second_factor),
        )
        .route("/staff/account/tokens", post(account::create_token))
        .route("/staff/account/tokens/revoke", post(account::revoke_token))
        .route(
            "/staff/users",
            get(users::list_users).post(invitations::invite_user),
        )
        .route("/staff/users/{id}/role", post(users::change_role))
        .route("/staff/users/{id}/disable", post(users::disable_user))
        .route("/staff/users/{id}/enable", post(users::enable_user))
        .route(
            "/invitation",
            get(invitations::show_invitation).post(invitations::accept_invitation),
        )
        .route(
            "/staff/organisations",
            get(organisations::list_organisations).post(organisations::create_organisation),
        )
        .route("/api/v1/me", get(api::show_me))
}

/// What every staff page shares: the user's language, the navigation their role allows, the
/// sign-out form's CSRF token and the demo banner.
pub struct StaffChrome {
    pub tr: Translator,
    pub title: String,
    pub user_name: Option<String>,
    pub role: String,
    pub nav: Vec<NavItem>,
    pub csrf_token: String,
    pub demo: bool,
}

impl StaffChrome {
    /// For a signed-in user.
    pub fn for_user(user: &User, session: &CurrentSession, title_key: &str, current: &str) -> Self {
        let tr = Translator::new(user.language);
        let actor = strada_domain::access::Actor {
            user_id: user.id,
            organisation_id: user.organisation_id,
            role: user.role,
        };
        let own = Resource::Organisation(user.organisation_id);
        let mut nav = vec![
            ("/staff/", "staff-nav-home"),
            ("/staff/account", "staff-nav-account"),
        ];
        if permits(&actor, Action::ViewUsers, own) {
            nav.push(("/staff/users", "staff-nav-users"));
        }
        if permits(&actor, Action::ManageOrganisations, Resource::Network) {
            nav.push(("/staff/organisations", "staff-nav-organisations"));
        }
        if strada_domain::hotline::works_with_consultations(user.role) {
            nav.push(("/staff/consultations", "staff-nav-consultations"));
        } else if matches!(user.role, strada_domain::accounts::Role::Analyst) {
            nav.push(("/staff/consultations/dashboard", "consultations-dashboard"));
        }
        if permits(&actor, Action::EditContent, Resource::Network) {
            nav.push(("/staff/countries", "staff-nav-countries"));
        }
        if permits(&actor, Action::ViewAudit, own) {
            nav.push(("/staff/audit", "staff-nav-audit"));
        }
        Self {
            tr,
            title: tr.t(title_key),
            user_name: Some(user.name.as_str().to_owned()),
            role: tr.t(&format!("role-{}", user.role)),
            nav: nav
                .into_iter()
                .map(|(href, key)| NavItem {
                    href: href.to_owned(),
                    label: tr.t(key),
                    current: href == current,
                })
                .collect(),
            csrf_token: session.csrf_token().to_owned(),
            demo: user.demo,
        }
    }

    /// For someone not signed in yet, in the language their browser asks for.
    pub fn for_visitor(headers: &HeaderMap, title_key: &str, csrf_token: &str) -> Self {
        let mut chrome = Self::for_language(session::browser_language(headers), title_key);
        chrome.csrf_token = csrf_token.to_owned();
        chrome
    }

    /// A page with no user and no form, in `language`.
    pub fn for_language(language: UiLanguage, title_key: &str) -> Self {
        let tr = Translator::new(language);
        Self {
            tr,
            title: tr.t(title_key),
            user_name: None,
            role: String::new(),
            nav: Vec::new(),
            csrf_token: String::new(),
            demo: false,
        }
    }

    pub fn lang(&self) -> &'static str {
        self.tr.language().code()
    }

    pub fn t(&self, key: &str) -> String {
        self.tr.t(key)
    }

    pub fn stylesheet(&self) -> &'static str {
        &STYLESHEET.href
    }

    pub fn script(&self) -> &'static str {
        &crate::assets::STAFF_SCRIPT.href
    }
}

/// The message key that explains why a new password was refused.
fn weak_password_message(weak: strada_domain::accounts::WeakPassword) -> &'static str {
    match weak {
        strada_domain::accounts::WeakPassword::Common => "password-common",
        _ => "password-length",
    }
}

/// `GET /staff/`: what the user's role lets them do.
async fn show_staff_home(staff: session::Staff) -> axum::response::Response {
    use askama::Template;
    #[derive(Template)]
    #[template(path = "staff/home.html")]
    struct StaffHome {
        chrome: StaffChrome,
        tasks: Vec<(String, String, String)>,
    }
    let chrome = StaffChrome::for_user(&staff.user, &staff.session, "staff-home-title", "/staff/");
    let tasks = chrome
        .nav
        .iter()
        .skip(1)
        .map(|item| {
            let key = item
                .href
                .trim_start_matches("/staff/")
                .split('/')
                .next()
                .unwrap_or("")
                .to_owned();
            (
                item.href.clone(),
                item.label.clone(),
                chrome.t(&format!("staff-task-{key}")),
            )
        })
        .collect();
    crate::layout::render(&StaffHome { chrome, tasks }, axum::http::StatusCode::OK)
        .into_response(staff.user.language)
}

impl AppState {
    /// Appends to the audit trail; a failure to record is logged loudly, never shown.
    pub async fn audit(
        &self,
        actor: Option<&User>,
        actor_label: &str,
        action: AuditAction,
        target: &str,
        outcome: Outcome,
    ) {
        let event = NewAuditEvent {
            actor_id: actor.map(|user| user.id),
            actor: actor.map_or_else(|| actor_label.to_owned(), |user| user.email.to_string()),
            organisation_id: actor.map(|user| user.organisation_id),
            action,
            target: target.to_owned(),
            outcome,
        };
        if let Err(error) = self.store().record_audit_event(event).await {
            tracing::error!(%error, action = action.code(), "an audit event could not be recorded");
        }
    }
}
