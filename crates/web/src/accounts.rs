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
use strada_domain::language::UiLanguage;

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
        .route(
            "/staff/organisations/{id}",
            get(organisations::show_entry).post(organisations::update_profile),
        )
        .route(
            "/staff/organisations/{id}/hotlines",
            post(organisations::add_hotline),
        )
        .route(
            "/staff/organisations/{id}/hotlines/{hotline}",
            post(organisations::update_hotline),
        )
        .route(
            "/staff/organisations/{id}/hotlines/{hotline}/remove",
            post(organisations::remove_hotline),
        )
        .route("/api/v1/me", get(api::show_me))
        // Any other staff address: the staff 404, in the staff chrome.
        .route("/staff/{*rest}", get(show_staff_not_found))
}

/// `GET /staff/...` for an address no route knows.
async fn show_staff_not_found(staff: session::Staff) -> axum::response::Response {
    staff_not_found(&staff)
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
        let nav = staff_screens(&actor)
            .map(|screen| (screen.href, screen.label_key))
            .collect::<Vec<_>>();
        Self {
            tr,
            title: tr.t(title_key),
            user_name: Some(user.name.as_str().to_owned()),
            role: tr.label(user.role),
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

/// A screen of the staff area, with what the access policy must permit to open it.
struct StaffScreen {
    href: &'static str,
    label_key: &'static str,
    /// What the staff home says it is for.
    task_key: &'static str,
    action: Action,
    /// Whether the action is asked about the user's own organisation (else the network).
    on_own_organisation: bool,
}

/// Every staff screen, in the navigation's order. The navigation and the home offer those
/// that `access::permits` opens to the user, and the screens ask the same question, so no
/// role is offered a link that answers 404.
const STAFF_SCREENS: &[StaffScreen] = &[
    StaffScreen {
        href: "/staff/",
        label_key: "staff-nav-home",
        task_key: "",
        action: Action::UseStaffArea,
        on_own_organisation: false,
    },
    StaffScreen {
        href: "/staff/account",
        label_key: "staff-nav-account",
        task_key: "staff-task-account",
        action: Action::UseStaffArea,
        on_own_organisation: false,
    },
    StaffScreen {
        href: "/staff/users",
        label_key: "staff-nav-users",
        task_key: "staff-task-users",
        action: Action::ViewUsers,
        on_own_organisation: true,
    },
    StaffScreen {
        href: "/staff/organisations",
        label_key: "staff-nav-organisations",
        task_key: "staff-task-directory-entries",
        action: Action::EditDirectoryEntry,
        on_own_organisation: true,
    },
    StaffScreen {
        href: "/staff/consultations",
        label_key: "staff-nav-consultations",
        task_key: "staff-task-consultations",
        action: Action::RecordConsultations,
        on_own_organisation: true,
    },
    StaffScreen {
        href: "/staff/consultations/dashboard",
        label_key: "consultations-dashboard",
        task_key: "staff-task-dashboard",
        action: Action::AnalyseConsultations,
        on_own_organisation: true,
    },
    StaffScreen {
        href: "/staff/help-requests",
        label_key: "staff-nav-help-requests",
        task_key: "staff-task-help-requests",
        action: Action::AnswerHelpRequests,
        on_own_organisation: true,
    },
    StaffScreen {
        href: "/staff/countries",
        label_key: "staff-nav-countries",
        task_key: "staff-task-countries",
        action: Action::EditContent,
        on_own_organisation: false,
    },
    StaffScreen {
        href: "/staff/audit",
        label_key: "staff-nav-audit",
        task_key: "staff-task-audit",
        action: Action::ViewAudit,
        on_own_organisation: true,
    },
];

/// The staff screens that the access policy opens to `actor`.
fn staff_screens(
    actor: &strada_domain::access::Actor,
) -> impl Iterator<Item = &'static StaffScreen> + '_ {
    STAFF_SCREENS.iter().filter(move |screen| {
        let resource = if screen.on_own_organisation {
            Resource::Organisation(actor.organisation_id)
        } else {
            Resource::Network
        };
        permits(actor, screen.action, resource)
    })
}

/// The message key that explains why a new password was refused.
fn weak_password_message(weak: strada_domain::accounts::WeakPassword) -> &'static str {
    match weak {
        strada_domain::accounts::WeakPassword::Common => "password-common",
        _ => "password-length",
    }
}

/// `GET /staff/`: what the user's role lets them do.
async fn show_staff_home(
    axum::extract::State(state): axum::extract::State<AppState>,
    staff: session::Staff,
) -> axum::response::Response {
    use askama::Template;
    #[derive(Template)]
    #[template(path = "staff/home.html")]
    struct StaffHome {
        chrome: StaffChrome,
        tasks: Vec<(String, String, String)>,
        unread_help_requests: Option<String>,
    }
    let chrome = StaffChrome::for_user(&staff.user, &staff.session, "staff-home-title", "/staff/");
    let tasks = staff_screens(&staff.actor())
        .filter(|screen| screen.href != "/staff/")
        .map(|screen| {
            (
                screen.href.to_owned(),
                chrome.t(screen.label_key),
                chrome.t(screen.task_key),
            )
        })
        .collect();
    let unread_help_requests = crate::help_requests::unread_count(&state, &staff.user)
        .await
        .map(|count| chrome.tr.count("help-inbox-unread-count", count as usize));
    let home = StaffHome {
        chrome,
        tasks,
        unread_help_requests,
    };
    crate::layout::render(&home, axum::http::StatusCode::OK).into_response(staff.user.language)
}

/// The 404 page of the staff area, in the staff chrome and the user's language: for an
/// address that does not exist and for a record or screen the access policy does not open.
pub fn staff_not_found(staff: &session::Staff) -> axum::response::Response {
    use askama::Template;
    #[derive(Template)]
    #[template(path = "staff/not_found.html")]
    struct StaffNotFound {
        chrome: StaffChrome,
    }
    let chrome = StaffChrome::for_user(&staff.user, &staff.session, "error-not-found-title", "");
    crate::layout::render(&StaffNotFound { chrome }, axum::http::StatusCode::NOT_FOUND)
        .into_response(staff.user.language)
}
