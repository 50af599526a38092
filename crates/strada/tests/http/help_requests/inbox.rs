//! The staff inbox: the unread count on the staff home, the list by state, a request and its
//! thread (an audited read), replies naming their organisation, closing, converting, and
//! routing so that every request reaches someone who can answer.

use reqwest::StatusCode;
use serde_json::json;

use super::{ask, ask_with_form, rows};
use crate::{Client, TestApp};
use strada_domain::accounts::Role;

const CONSULTANT: &str = "hotline-consultant@demo.strada.invalid";
/// A consultant at the secretariat, made by the tests that need one (the demo has none).
const SECRETARIAT: &str = "desk@lastradainternational.org";

async fn secretariat_consultant(app: &TestApp) {
    app.create_user(
        SECRETARIAT,
        "hotline-consultant",
        "la-strada-international-secretariat",
    )
    .await;
}

/// The ids in the API queue of `email`'s organisation.
async fn queue_ids(app: &TestApp, email: &str) -> Vec<String> {
    let token = app.api_token(email).await;
    let queue = app
        .get_with_token("/api/v1/help-requests?per_page=100", &token)
        .await
        .json();
    queue["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["id"].as_str().unwrap().to_owned())
        .collect()
}

/// Whether the staff home tells `text` (the count of unread help requests).
async fn staff_home_says(staff: &mut Client<'_>, text: &str) -> bool {
    staff.get("/staff/").await.body.contains(text)
}

async fn organisation_name(app: &TestApp, email: &str) -> String {
    let store = app.server().state.store();
    let user = app.user(email).await;
    let directory = store.load_directory().await.unwrap();
    directory
        .organisations()
        .iter()
        .find(|o| o.id == user.organisation_id)
        .unwrap()
        .name
        .clone()
}

#[tokio::test]
async fn consultants_answer_in_the_staff_inbox_and_the_person_reads_who_answered() {
    let app = TestApp::spawn().await;
    let (ticket, passphrase, _) = ask_with_form(&app, "MD", "INBOX-MARKER my sister is gone").await;
    let mut staff = app.demo_staff(Role::HotlineConsultant).await;
    let home = staff.get("/staff/").await;
    assert!(
        home.body.contains("One unread help request"),
        "the unread count on the staff home: {}",
        home.body
    );
    assert!(
        home.html()
            .links()
            .contains(&"/staff/help-requests".to_owned())
    );
    let list = staff.get("/staff/help-requests").await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(
        !list.body.contains("INBOX-MARKER"),
        "the list shows no message"
    );
    let marker = "href=\"/staff/help-requests/";
    let start = list.body.find(marker).expect("a request in the list") + marker.len();
    let id = list.body[start..start + 36].to_owned();
    assert!(list.body.contains("unread"));
    let closed = staff.get("/staff/help-requests?status=closed").await;
    assert!(!closed.body.contains(&id), "filtered by state");
    assert_eq!(
        staff
            .get("/staff/help-requests?status=nonsense")
            .await
            .status,
        StatusCode::OK,
        "a bad filter is said, not fatal"
    );

    let page = staff.get(&format!("/staff/help-requests/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("INBOX-MARKER my sister is gone"));
    let reads = rows(
        &app,
        &format!(
            "SELECT actor FROM audit_events WHERE action = 'help_requests_read' AND target = '{id}'"
        ),
    )
    .await;
    assert_eq!(reads.len(), 1, "opening is an audited read");
    assert!(staff_home_says(&mut staff, "No unread help requests").await);

    let replies = format!("/staff/help-requests/{id}/replies");
    let conversion = format!("/staff/help-requests/{id}/consultation");
    let replied = staff
        .post_from(
            &page,
            &replies,
            &[("message", "Call us at 0 800 77777, free of charge.")],
        )
        .await;
    assert_eq!(replied.status, StatusCode::SEE_OTHER);
    let refused = staff.post_from(&page, &replies, &[("message", " ")]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.html().error_beside("reply-message").is_some());

    let organisation = organisation_name(&app, CONSULTANT).await;
    let person = Client::new(&app)
        .post(
            "/en/help/ask/status",
            &[("ticket", &ticket), ("passphrase", &passphrase)],
        )
        .await;
    assert!(person.body.contains("Call us at 0 800 77777"));
    assert!(
        person.body.contains(&askama_escape(&organisation)),
        "the reply names the organisation that wrote it"
    );
    assert!(
        person.body.contains("<time datetime=\""),
        "a time a script can convert"
    );
    assert!(
        person.body.contains(" UTC</time>"),
        "UTC, named, without JavaScript"
    );

    let incomplete = staff
        .post_from(&page, &conversion, &[("caller_type", "relative_or_friend")])
        .await;
    assert_eq!(incomplete.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        incomplete
            .html()
            .text_by_id("convert-caller-error")
            .is_some()
    );
    let converted = staff
        .post_from(
            &page,
            &conversion,
            &[
                ("caller_type", "relative_or_friend"),
                ("topics", "jobs_abroad"),
                ("topics", "work_contract_check"),
            ],
        )
        .await;
    assert_eq!(
        converted.status,
        StatusCode::SEE_OTHER,
        "{}",
        converted.body
    );
    assert!(
        converted
            .header("location")
            .starts_with("/staff/consultations/")
    );
    let after = staff.get(&format!("/staff/help-requests/{id}")).await;
    assert!(after.body.contains("id=\"request-state\">Closed"));
    assert!(
        !after.body.contains("/replies\""),
        "no reply form on a closed request"
    );
}

fn askama_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;")
}

#[tokio::test]
async fn the_inbox_is_the_organisations_own_and_only_for_roles_that_answer() {
    let app = TestApp::spawn().await;
    ask_with_form(&app, "MD", "for Moldova").await;
    let password = app
        .create_user(
            "olga@la-strada.org.ua",
            "hotline-consultant",
            "la-strada-ukraine",
        )
        .await;
    let moldova = queue_ids(&app, CONSULTANT).await;
    let mut stranger = app.signed_in("olga@la-strada.org.ua", &password).await;
    let enrol = stranger.get("/staff/help-requests").await;
    // A consultant without a second factor is sent to enrol first; with one, the request of
    // another organisation is absent.
    if enrol.status == StatusCode::OK {
        assert!(!enrol.body.contains(&moldova[0]));
        assert_eq!(
            stranger
                .get(&format!("/staff/help-requests/{}", moldova[0]))
                .await
                .status,
            StatusCode::NOT_FOUND
        );
    } else {
        assert_eq!(enrol.status, StatusCode::SEE_OTHER);
    }
    let mut analyst = app.demo_staff(Role::Analyst).await;
    assert_eq!(
        analyst.get("/staff/help-requests").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        analyst
            .get(&format!("/staff/help-requests/{}", moldova[0]))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert!(
        !analyst
            .get("/staff/")
            .await
            .body
            .contains("help-requests-unread")
    );
}

#[tokio::test]
async fn a_country_whose_members_have_no_staff_routes_to_the_secretariat() {
    let app = TestApp::spawn().await;
    secretariat_consultant(&app).await;
    // Ukraine has a member, but nobody there has an account that answers requests.
    let sent = ask(
        &app,
        json!({"country": "UA", "language": "uk", "message": "Де мій брат?"}),
    )
    .await;
    assert_eq!(sent.status, StatusCode::CREATED);
    let secretariat = queue_ids(&app, SECRETARIAT).await;
    assert_eq!(secretariat.len(), 1, "the secretariat receives it");
    app.create_user(
        "olga@la-strada.org.ua",
        "hotline-consultant",
        "la-strada-ukraine",
    )
    .await;
    assert!(queue_ids(&app, "olga@la-strada.org.ua").await.is_empty());
    // Once Ukraine has someone who answers, its requests go there.
    ask(
        &app,
        json!({"country": "UA", "language": "uk", "message": "Друге питання"}),
    )
    .await;
    assert_eq!(queue_ids(&app, "olga@la-strada.org.ua").await.len(), 1);
    assert_eq!(queue_ids(&app, SECRETARIAT).await.len(), 1);
}

#[tokio::test]
async fn a_request_nobody_opens_in_time_goes_to_the_secretariat_too() {
    let app = TestApp::spawn().await;
    secretariat_consultant(&app).await;
    let mut ids = Vec::new();
    for message in ["opened in time", "never opened", "still fresh"] {
        let sent = ask(
            &app,
            json!({"country": "MD", "language": "ro", "message": message}),
        )
        .await;
        assert_eq!(sent.status, StatusCode::CREATED);
        // Found in the database, not through the API: reading the queue opens what it lists.
        let id = rows(&app, "SELECT id FROM help_requests")
            .await
            .into_iter()
            .filter_map(|row| row[0].clone())
            .find(|id| !ids.contains(id))
            .unwrap();
        ids.push(id);
    }
    let (opened, unopened, fresh) = (ids[0].clone(), ids[1].clone(), ids[2].clone());
    let mut staff = app.demo_staff(Role::HotlineConsultant).await;
    staff.get(&format!("/staff/help-requests/{opened}")).await;
    assert!(queue_ids(&app, SECRETARIAT).await.is_empty());
    app.execute_sql(&format!(
        "UPDATE help_requests SET created_at = '2020-01-01T00:00:00Z' WHERE id IN ('{opened}', '{unopened}')"
    ))
    .await;
    let secretariat = queue_ids(&app, SECRETARIAT).await;
    assert_eq!(
        secretariat,
        vec![unopened.clone()],
        "only the one nobody opened in time"
    );
    assert!(!secretariat.contains(&fresh));
    // Reading again adds nothing: escalation happens once.
    assert_eq!(queue_ids(&app, SECRETARIAT).await.len(), 1);
    assert_eq!(
        rows(&app, &format!("SELECT organisation_id FROM help_request_recipients WHERE help_request_id = '{unopened}'"))
            .await
            .len(),
        2,
        "the member keeps it too"
    );
}

#[tokio::test]
async fn staff_read_times_in_their_organisations_time_zone_or_in_utc_named() {
    let app = TestApp::spawn().await;
    ask_with_form(&app, "MD", "what time is it").await;
    let id = queue_ids(&app, CONSULTANT).await.remove(0);
    app.execute_sql(&format!(
        "UPDATE help_requests SET created_at = '2026-07-01T09:05:00Z' WHERE id = '{id}'"
    ))
    .await;
    let mut staff = app.demo_staff(Role::HotlineConsultant).await;
    let page = staff.get(&format!("/staff/help-requests/{id}")).await;
    assert!(
        page.body.contains("2026-07-01 12:05 Europe/Chisinau"),
        "Moldova's clock, named: summer time there is UTC+3"
    );
    let list = staff.get("/staff/help-requests").await;
    assert!(list.body.contains("2026-07-01 12:05 Europe/Chisinau"));
    app.execute_sql("UPDATE organisations SET time_zone = 'UTC' WHERE slug = 'la-strada-moldova'")
        .await;
    app.server().state.reload_directory().await.unwrap();
    let page = staff.get(&format!("/staff/help-requests/{id}")).await;
    assert!(page.body.contains("2026-07-01 09:05 UTC"), "UTC, named");
}

#[tokio::test]
async fn reading_through_the_api_opens_a_request_for_the_inbox() {
    let app = TestApp::spawn().await;
    ask_with_form(&app, "MD", "read me").await;
    let mut staff = app.demo_staff(Role::HotlineConsultant).await;
    assert!(staff_home_says(&mut staff, "One unread help request").await);
    queue_ids(&app, CONSULTANT).await;
    assert!(staff_home_says(&mut staff, "No unread help requests").await);
}
