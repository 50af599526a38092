//! The staff area's map: one table of screens (address, label, what the home says it is for,
//! and the `Action` it needs), from which the navigation and the staff home offer each role
//! only what it may open; the staff home; the staff 404.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use strada_domain::access::{Action, Actor, Resource, permits};

use super::{Staff, StaffChrome};
use crate::AppState;
use crate::layout::render;

/// A screen of the staff area, with what the access policy must permit to open it.
pub(super) struct StaffScreen {
    pub(super) href: &'static str,
    pub(super) label_key: &'static str,
    /// What the staff home says it is for.
    task_key: &'static str,
    /// What the access policy must permit; none for what every signed-in staff member has.
    action: Option<Action>,
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
        action: None,
        on_own_organisation: false,
    },
    StaffScreen {
        href: "/staff/account",
        label_key: "staff-nav-account",
        task_key: "staff-task-account",
        action: None,
        on_own_organisation: false,
    },
    StaffScreen {
        href: "/staff/users",
        label_key: "staff-nav-users",
        task_key: "staff-task-users",
        action: Some(Action::ViewUsers),
        on_own_organisation: true,
    },
    StaffScreen {
        href: "/staff/organisations",
        label_key: "staff-nav-organisations",
        task_key: "staff-task-directory-entries",
        action: Some(Action::EditDirectoryEntry),
        on_own_organisation: true,
    },
    StaffScreen {
        href: "/staff/consultations",
        label_key: "staff-nav-consultations",
        task_key: "staff-task-consultations",
        action: Some(Action::RecordConsultations),
        on_own_organisation: true,
    },
    StaffScreen {
        href: "/staff/consultations/dashboard",
        label_key: "consultations-dashboard",
        task_key: "staff-task-dashboard",
        action: Some(Action::AnalyseConsultations),
        on_own_organisation: true,
    },
    StaffScreen {
        href: "/staff/cases",
        label_key: "staff-nav-cases",
        task_key: "staff-task-cases",
        action: Some(Action::WorkOnCases),
        on_own_organisation: true,
    },
    StaffScreen {
        href: "/staff/help-requests",
        label_key: "staff-nav-help-requests",
        task_key: "staff-task-help-requests",
        action: Some(Action::AnswerHelpRequests),
        on_own_organisation: true,
    },
    StaffScreen {
        href: "/staff/countries",
        label_key: "staff-nav-countries",
        task_key: "staff-task-countries",
        action: Some(Action::EditContent),
        on_own_organisation: false,
    },
    StaffScreen {
        href: "/staff/audit",
        label_key: "staff-nav-audit",
        task_key: "staff-task-audit",
        action: Some(Action::ViewAudit),
        on_own_organisation: true,
    },
];

/// The staff screens that the access policy opens to `actor`.
pub(super) fn screens_open_to(actor: &Actor) -> impl Iterator<Item = &'static StaffScreen> + '_ {
    STAFF_SCREENS.iter().filter(move |screen| {
        let resource = if screen.on_own_organisation {
            Resource::Organisation(actor.organisation_id)
        } else {
            Resource::Network
        };
        screen
            .action
            .is_none_or(|action| permits(actor, action, resource))
    })
}

#[derive(Template)]
#[template(path = "staff/home.html")]
struct StaffHome {
    chrome: StaffChrome,
    tasks: Vec<(String, String, String)>,
    unread_help_requests: Option<String>,
}

/// `GET /staff/`: what the user's role lets them do.
pub(super) async fn show_staff_home(State(state): State<AppState>, staff: Staff) -> Response {
    let chrome = StaffChrome::for_staff(&staff, "staff-home-title", "/staff/");
    let tasks = screens_open_to(&staff.actor())
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
    render(&home, StatusCode::OK).into_response(staff.user.language)
}

#[derive(Template)]
#[template(path = "staff/not_found.html")]
struct StaffNotFound {
    chrome: StaffChrome,
}

/// The 404 page of the staff area, in the staff chrome and the user's language: for an
/// address that does not exist and for a record or screen the access policy does not open.
pub fn staff_not_found(staff: &Staff) -> Response {
    let chrome = StaffChrome::for_staff(staff, "error-not-found-title", "");
    render(&StaffNotFound { chrome }, StatusCode::NOT_FOUND).into_response(staff.user.language)
}

/// `GET /staff/...` for an address no route knows: the staff 404, in the staff chrome.
pub(super) async fn show_staff_not_found(staff: Staff) -> Response {
    staff_not_found(&staff)
}
