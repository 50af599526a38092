//! The case screens: opening a case from the intake form (once, however often it is sent),
//! errors beside their fields with everything typed kept, the list and its filters, the case
//! page (an audited read), a stale change's 409, who answers 404, and breaking the glass.

use reqwest::StatusCode;
use strada_domain::accounts::Role;

use crate::{Answer, Client, TestApp};

/// The value of the hidden field `name` of a page's form.
fn hidden(page: &Answer, name: &str) -> String {
    page.html()
        .attributes(&format!("input[name=\"{name}\"]"), "value")
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("no field {name}"))
}

/// Opens a case for a Bulgarian woman from the intake form; answers its page's address.
async fn open_case(worker: &mut Client<'_>) -> String {
    let form = worker.get("/staff/cases/new").await;
    assert_eq!(form.status, StatusCode::OK);
    let submission = hidden(&form, "submission");
    let fields = [
        ("submission", submission.as_str()),
        ("gender", "Feminine"),
        ("age_band", "21-23"),
        ("citizenship", "BG"),
        ("residence", "NL"),
        ("exploitation_types", "SexualExploitation"),
        ("methods_of_control", "DebtBondage"),
    ];
    let opened = worker.post_from(&form, "/staff/cases/new", &fields).await;
    assert_eq!(opened.status, StatusCode::SEE_OTHER, "{}", opened.body);
    let again = worker.post_from(&form, "/staff/cases/new", &fields).await;
    assert_eq!(
        again.header("location"),
        opened.header("location"),
        "a double submission opens one case"
    );
    opened.header("location").to_owned()
}

/// The case's code, as its page shows it.
async fn code_of(worker: &mut Client<'_>, page: &str) -> String {
    let shown = worker.get(page).await;
    assert_eq!(shown.status, StatusCode::OK, "{}", shown.body);
    shown.html().texts("#case-facts dd")[0].clone()
}

#[tokio::test]
async fn a_worker_opens_a_case_once_and_finds_it_in_the_list_with_its_filters() {
    let app = TestApp::spawn().await;
    let mut worker = app.staff(Role::CaseWorker, "comensha").await;
    let empty = worker.get("/staff/cases").await;
    assert_eq!(empty.status, StatusCode::OK);
    assert!(
        empty.body.contains("Open one with"),
        "the empty list says what to do next"
    );
    assert!(
        worker
            .get("/staff/")
            .await
            .html()
            .links()
            .contains(&"/staff/cases".to_owned()),
        "the navigation offers the case files"
    );
    let page = open_case(&mut worker).await;
    let code = code_of(&mut worker, &page).await;
    assert!(code.starts_with("NL-"), "{code}");
    let list = worker.get("/staff/cases").await;
    assert!(list.body.contains("One case"), "opened once");
    let html = list.html();
    assert!(html.has_row_with(&[&code, "Active", "Identification"]));
    assert!(html.cells().iter().any(|cell| cell == "Bulgaria"));
    let filtered = worker
        .get("/staff/cases?citizenship=BG&exploitation_type=SexualExploitation&status=Active")
        .await;
    assert!(filtered.html().has_row_with(&[&code]));
    assert!(
        filtered.body.contains("<option value=\"BG\" selected>"),
        "the filter keeps its values"
    );
    let since = worker.get("/staff/cases?opened_from=2026-01-01").await;
    assert!(since.html().has_row_with(&[&code]));
    let before = worker.get("/staff/cases?opened_until=2025-12-31").await;
    assert!(!before.html().has_row_with(&[&code]));
    let elsewhere = worker.get("/staff/cases?citizenship=RO").await;
    assert!(!elsewhere.html().has_row_with(&[&code]));
    let by_code = worker.get(&format!("/staff/cases?code={code}")).await;
    assert!(by_code.html().has_row_with(&[&code]));
    let wrong = worker.get("/staff/cases?phase=nonsense").await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        wrong
            .body
            .contains("This filter was not understood: Phase.")
    );
    // Another worker of the organisation does not see a case they are not assigned to.
    let mut colleague = app.staff(Role::CaseWorker, "comensha").await;
    assert!(
        !colleague
            .get("/staff/cases")
            .await
            .html()
            .has_row_with(&[&code])
    );
    // The organisation's administrator sees every case of it.
    let mut admin = app.staff(Role::OrgAdmin, "comensha").await;
    assert!(
        admin
            .get("/staff/cases")
            .await
            .html()
            .has_row_with(&[&code])
    );
}

#[tokio::test]
async fn the_intake_form_says_each_problem_beside_its_field_and_keeps_what_was_typed() {
    let app = TestApp::spawn().await;
    let mut worker = app.staff(Role::CaseWorker, "comensha").await;
    let form = worker.get("/staff/cases/new").await;
    let own = app.user(&worker.email).await.id.to_string();
    assert!(
        form.body
            .contains(&format!("<option value=\"{own}\" selected>")),
        "the worker leads unless they choose another"
    );
    let fields = [
        ("gender", "Nonsense"),
        ("citizenship", "BG"),
        ("lead_worker", "not-a-worker"),
        ("exploitation_types", "ForcedLabour"),
        ("vulnerabilities", "Poverty"),
    ];
    let refused = worker.post_from(&form, "/staff/cases/new", &fields).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let html = refused.html();
    assert!(html.error_beside("gender").is_some(), "{}", refused.body);
    assert_eq!(
        html.error_beside("lead_worker").as_deref(),
        Some("Choose a worker of your organisation who works on cases.")
    );
    assert!(html.has("#error-summary"));
    assert!(refused.body.contains("<option value=\"BG\" selected>"));
    assert!(html.has("#exploitation_types-ForcedLabour[checked]"));
    assert!(html.has("#vulnerabilities-Poverty[checked]"));
    assert!(
        html.has("details.more[open]"),
        "the folded lists open when they hold a code"
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM cases").await, 0);
}

#[tokio::test]
async fn the_case_page_is_an_audited_read_and_a_stale_change_answers_409_keeping_the_input() {
    let app = TestApp::spawn().await;
    let mut worker = app.staff(Role::CaseWorker, "comensha").await;
    let page = open_case(&mut worker).await;
    let reads = "SELECT COUNT(*) FROM audit_events WHERE action = 'case_read'";
    let before = app.count(reads).await;
    let shown = worker.get(&page).await;
    assert_eq!(
        app.count(reads).await,
        before + 1,
        "every showing is an audited read"
    );
    let html = shown.html();
    assert!(
        html.texts("#timeline td")
            .iter()
            .any(|cell| cell == "Case opened")
    );
    assert!(
        html.texts("#case-facts dd")
            .iter()
            .any(|value| value == "Female")
    );
    assert!(
        html.has("#glass-title"),
        "the lead sees who broke the glass"
    );
    let version = hidden(&shown, "version");
    let own = app.user(&worker.email).await.id.to_string();
    let change = |status: &'static str| {
        [
            ("lead_worker", own.clone()),
            ("status", status.to_owned()),
            ("phase", "first_assistance_and_protection".to_owned()),
            ("citizenship", "BG".to_owned()),
            ("version", version.clone()),
        ]
    };
    let fields = change("FollowUp");
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let saved = worker.post_from(&shown, &page, &pairs).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let after = worker.get(saved.header("location")).await;
    assert!(after.body.contains("The case was saved."));
    assert!(
        after
            .html()
            .texts("#timeline td")
            .iter()
            .any(|cell| cell == "Status changed: Follow-up")
    );
    // The same form again, drawn from the version before: refused, the input kept.
    let fields = change("Closed");
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let stale = worker.post_from(&shown, &page, &pairs).await;
    assert_eq!(stale.status, StatusCode::CONFLICT, "{}", stale.body);
    let html = stale.html();
    assert!(
        stale.body.contains("<option value=\"Closed\" selected>"),
        "the input is kept"
    );
    assert!(
        html.texts("#changed dd")
            .iter()
            .any(|value| value == "Follow-up"),
        "what changed meanwhile is said"
    );
    assert_ne!(
        hidden(&stale, "version"),
        version,
        "the form now carries the new version"
    );
}

#[tokio::test]
async fn a_case_outside_the_callers_scope_answers_404_and_an_analyst_has_no_case_screens() {
    let app = TestApp::spawn().await;
    let mut worker = app.staff(Role::CaseWorker, "comensha").await;
    let page = open_case(&mut worker).await;
    let code = code_of(&mut worker, &page).await;
    let mut elsewhere = app.staff(Role::CaseWorker, "la-strada-moldova").await;
    assert_eq!(elsewhere.get(&page).await.status, StatusCode::NOT_FOUND);
    let by_code = format!("/staff/cases/{code}");
    assert_eq!(elsewhere.get(&by_code).await.status, StatusCode::NOT_FOUND);
    let mut colleague = app.staff(Role::CaseWorker, "comensha").await;
    let hidden_case = colleague.get(&page).await;
    assert_eq!(hidden_case.status, StatusCode::NOT_FOUND);
    assert!(
        !hidden_case.body.contains(&code),
        "nothing tells the case exists"
    );
    let mut analyst = app.staff(Role::Analyst, "comensha").await;
    assert_eq!(
        analyst.get("/staff/cases").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(analyst.get(&page).await.status, StatusCode::NOT_FOUND);
    assert!(
        !analyst
            .get("/staff/")
            .await
            .html()
            .links()
            .contains(&"/staff/cases".to_owned())
    );
}

#[tokio::test]
async fn a_worker_breaks_the_glass_by_code_with_a_reason_and_the_lead_sees_it() {
    let app = TestApp::spawn().await;
    let mut lead = app.staff(Role::CaseWorker, "comensha").await;
    let page = open_case(&mut lead).await;
    let code = code_of(&mut lead, &page).await;
    let mut colleague = app.staff(Role::CaseWorker, "comensha").await;
    let form = colleague.get("/staff/cases/open").await;
    assert_eq!(form.status, StatusCode::OK);
    let short = colleague
        .post_from(
            &form,
            "/staff/cases/open",
            &[("code", &code), ("reason", "now")],
        )
        .await;
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(short.html().error_beside("reason").is_some());
    let reason = "The person is at the police station tonight and the lead is away.";
    let unknown = colleague
        .post_from(
            &form,
            "/staff/cases/open",
            &[("code", "NL-2026-9999"), ("reason", reason)],
        )
        .await;
    let no_such_case = unknown.html().error_beside("code");
    assert_eq!(
        no_such_case.as_deref(),
        Some("There is no such case in your organisation.")
    );
    let mut elsewhere = app.staff(Role::CaseWorker, "la-strada-moldova").await;
    let other = elsewhere.get("/staff/cases/open").await;
    let foreign = elsewhere
        .post_from(
            &other,
            "/staff/cases/open",
            &[("code", &code), ("reason", reason)],
        )
        .await;
    assert_eq!(
        foreign.html().error_beside("code"),
        no_such_case,
        "another organisation's code answers as an unknown one"
    );
    let opened = colleague
        .post_from(
            &form,
            "/staff/cases/open",
            &[("code", &code), ("reason", reason)],
        )
        .await;
    assert_eq!(opened.status, StatusCode::SEE_OTHER, "{}", opened.body);
    assert_eq!(opened.header("location"), page);
    let seen = colleague.get(&page).await;
    assert_eq!(seen.status, StatusCode::OK);
    assert!(
        !seen.html().has("#glass-title"),
        "only the lead and the administrators see it"
    );
    let told = lead.get(&page).await.html();
    assert!(
        told.texts("#glass-breaks td")
            .iter()
            .any(|cell| cell == reason)
    );
    let mut admin = app.staff(Role::OrgAdmin, "comensha").await;
    assert_eq!(
        admin.get("/staff/cases/open").await.status,
        StatusCode::NOT_FOUND
    );
}
