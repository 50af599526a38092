//! A case opened from a contact: from a hotline consultation or a help request of the
//! organisation, linked both ways (the case names its contact, the contact lists its cases
//! for those who may open them), nothing of the contact copied; another organisation's
//! contact is refused like one that does not exist.

use reqwest::StatusCode;
use serde_json::json;
use strada_domain::accounts::Role;

use super::{ORGANISATION, post, sample};
use crate::TestApp;
use crate::consultations;

/// A consultation of the organisation, recorded by `token`; answers its id.
async fn consultation(app: &TestApp, token: &str) -> String {
    let mut contact = consultations::sample();
    contact["exploitation_types"] = json!(["SexualExploitation", "ForcedLabour"]);
    contact["notes"] = json!("She called from a petrol station near Breda.");
    consultations::record(app, token, &contact).await
}

#[tokio::test]
async fn a_case_opened_from_a_consultation_names_it_and_the_consultation_lists_the_case() {
    let app = TestApp::spawn().await;
    let mut worker = app.staff(Role::CaseWorker, ORGANISATION).await;
    let token = app.api_token(&worker.email).await;
    let contact = consultation(&app, &token).await;

    // The consultation's page offers to open a case, and the intake form starts from it.
    let record = worker.get(&format!("/staff/consultations/{contact}")).await;
    assert_eq!(record.status, StatusCode::OK);
    let open = record.html().attributes("#open-case-from-contact", "href");
    assert_eq!(
        open,
        [format!("/staff/cases/new?from_consultation={contact}")]
    );
    let form = worker.get(&open[0]).await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.body);
    let checked = form
        .html()
        .attributes("input[name=exploitation_types][checked]", "value");
    assert_eq!(checked, ["ForcedLabour", "SexualExploitation"]);
    assert!(form.html().has("#case-origin a"));

    let submission = form
        .html()
        .attributes("input[name=submission]", "value")
        .remove(0);
    let fields = [
        ("submission", submission.as_str()),
        ("from_consultation", contact.as_str()),
        ("citizenship", "BG"),
        ("exploitation_types", "SexualExploitation"),
    ];
    let opened = worker.post_from(&form, "/staff/cases/new", &fields).await;
    assert_eq!(opened.status, StatusCode::SEE_OTHER, "{}", opened.body);
    let page = worker.get(opened.header("location")).await;
    assert_eq!(
        page.html().attributes("#case-origin a", "href"),
        [format!("/staff/consultations/{contact}")]
    );
    assert!(
        !page.body.contains("petrol station"),
        "the consultation's notes are not copied"
    );
    let code = page.html().texts("#case-facts dd")[0].clone();

    // Both ways: the consultation lists the case, and the API names the consultation.
    let record = worker.get(&format!("/staff/consultations/{contact}")).await;
    assert_eq!(
        record.html().texts("#contact-cases li a"),
        vec![code.clone()]
    );
    let case_id = opened
        .header("location")
        .rsplit('/')
        .next()
        .unwrap()
        .to_owned();
    let read = app
        .get_with_token(&format!("/api/v1/cases/{case_id}"), &token)
        .await
        .json();
    assert_eq!(
        read["origin"],
        json!({"kind": "consultation", "id": contact})
    );

    // A colleague who does not work on cases sees neither the case nor the way to open one.
    let mut consultant = app.staff(Role::HotlineConsultant, ORGANISATION).await;
    let theirs = consultant
        .get(&format!("/staff/consultations/{contact}"))
        .await;
    assert_eq!(theirs.status, StatusCode::OK);
    assert!(!theirs.html().has("#contact-cases"));
    assert!(!theirs.body.contains(&code));
}

#[tokio::test]
async fn a_case_opens_over_the_api_from_a_help_request_the_organisation_received() {
    let app = TestApp::spawn().await;
    let mut worker = super::worker(&app).await;
    let (_, _, _) = crate::help_requests::ask_with_form(
        &app,
        "NL",
        "I work in a greenhouse and they keep my passport. Please help.",
    )
    .await;
    let inbox = worker.get("/api/v1/help-requests").await.json();
    let request = inbox["items"][0]["id"]
        .as_str()
        .expect("a request")
        .to_owned();

    let mut body = sample();
    body["from_help_request"] = json!(request);
    let opened = post(&mut worker, &body, None).await;
    assert_eq!(opened.status, StatusCode::CREATED, "{}", opened.body);
    let id = opened.json()["id"].as_str().unwrap().to_owned();
    let read = worker.get(&format!("/api/v1/cases/{id}")).await.json();
    assert_eq!(
        read["origin"],
        json!({"kind": "help_request", "id": request})
    );
    let listed = app
        .server()
        .state
        .store()
        .cases_opened_from(
            strada_domain::access::CaseScope::Organisation(
                read_organisation(&app, &worker.email).await,
            ),
            strada_domain::cases::origin::CaseOrigin::HelpRequest(request.parse().unwrap()),
        )
        .await
        .unwrap();
    assert_eq!(listed.len(), 1);
}

/// The organisation of the account `email`.
async fn read_organisation(app: &TestApp, email: &str) -> strada_domain::ids::OrganisationId {
    app.user(email).await.organisation_id
}

#[tokio::test]
async fn another_organisations_contact_or_a_wrong_one_opens_nothing() {
    let app = TestApp::spawn().await;
    let mut worker = super::worker(&app).await;
    let moldova = app.demo_api_client(Role::HotlineConsultant).await;
    let theirs = consultation(&app, moldova.token()).await;
    let count = || app.count("SELECT COUNT(*) FROM cases");
    let before = count().await;

    let cases = [
        (json!({"from_consultation": theirs}), "from_consultation"),
        (
            json!({"from_consultation": "not-an-id"}),
            "from_consultation",
        ),
        (
            json!({"from_help_request": uuid::Uuid::new_v4().to_string()}),
            "from_help_request",
        ),
        (
            json!({"from_consultation": theirs, "from_help_request": theirs}),
            "from_help_request",
        ),
        (json!({"from_consultation": 42}), "from_consultation"),
    ];
    for (origin, field) in cases {
        let mut body = sample();
        body.as_object_mut()
            .unwrap()
            .extend(origin.as_object().unwrap().clone());
        let refused = post(&mut worker, &body, None).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{origin}");
        assert!(
            refused.json()["error"]["fields"][field].is_string(),
            "{origin}: {}",
            refused.body
        );
    }
    assert_eq!(count().await, before, "nothing is stored");

    // On the screens, the intake form of another organisation's contact is not there.
    let mut staff = app.staff(Role::CaseWorker, ORGANISATION).await;
    let form = staff
        .get(&format!("/staff/cases/new?from_consultation={theirs}"))
        .await;
    assert_eq!(form.status, StatusCode::NOT_FOUND);

    // A change cannot relink a case.
    let (case, id) = super::open_sample(&mut worker).await;
    let mut change = super::state_of(&case);
    change["from_consultation"] = json!(theirs);
    let etag = format!("\"{}\"", case["version"]);
    let refused = super::put(&mut worker, &id, &change, Some(&etag)).await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        refused.body
    );
}
