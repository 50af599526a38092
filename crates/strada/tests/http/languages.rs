//! Lists shown to people sort as their language sorts (Unicode collation), never in byte
//! order, which puts `Ș` after `Z` and the Ukrainian `І` after `Я`.

use crate::{Client, TestApp};
use strada_store::demo::DEMO_PASSWORD;

/// The values of a `<select>`'s options, in the order the page offers them.
fn option_values(html: &str, select_id: &str) -> Vec<String> {
    let start = html
        .find(&format!("<select id=\"{select_id}\""))
        .unwrap_or_else(|| panic!("no select {select_id}"));
    let select = &html[start..start + html[start..].find("</select>").unwrap()];
    select
        .split("<option value=\"")
        .skip(1)
        .map(|option| option[..option.find('"').unwrap()].to_owned())
        .collect()
}

fn position(items: &[String], wanted: &str) -> usize {
    items
        .iter()
        .position(|item| item == wanted)
        .unwrap_or_else(|| panic!("{wanted} not in {items:?}"))
}

/// A demo account of `role`, speaking `language`, signed in.
pub(crate) async fn signed_in<'a>(app: &'a TestApp, role: &str, language: &str) -> Client<'a> {
    let email = format!("{role}@demo.strada.invalid");
    app.execute_sql(&format!(
        "UPDATE users SET language = '{language}' WHERE email = '{email}'"
    ))
    .await;
    let mut browser = Client::new(app);
    browser.sign_in(&email, DEMO_PASSWORD).await;
    browser
}

#[tokio::test]
async fn staff_choices_of_countries_and_languages_sort_as_the_readers_language_sorts() {
    let app = TestApp::spawn().await;
    // Ukrainian: `Італія` before `Молдова` (і after и), though і's bytes come after м's.
    let mut admin = signed_in(&app, "network-admin", "uk").await;
    let page = admin.get("/staff/organisations").await;
    let countries = option_values(&page.body, "organisation-country");
    assert!(
        position(&countries, "IT") < position(&countries, "MD"),
        "{countries:?}"
    );
    let mut consultant = signed_in(&app, "hotline-consultant", "uk").await;
    let form = consultant.get("/staff/consultations/new").await;
    let languages = option_values(&form.body, "language");
    // `італійська` before `македонська`.
    assert!(
        position(&languages, "it") < position(&languages, "mk"),
        "{languages:?}"
    );
}

#[tokio::test]
async fn the_staff_list_sorts_names_as_the_readers_language_sorts() {
    let app = TestApp::spawn().await;
    app.execute_sql(
        "UPDATE users SET name = 'Zamfir Ion' WHERE email = 'analyst@demo.strada.invalid'",
    )
    .await;
    app.execute_sql(
        "UPDATE users SET name = 'Ștefan Pop' WHERE email = 'editor@demo.strada.invalid'",
    )
    .await;
    let mut admin = signed_in(&app, "org-admin", "ro").await;
    let page = admin.get("/staff/users").await;
    let stefan = page.body.find("Ștefan Pop").expect("listed");
    let zamfir = page.body.find("Zamfir Ion").expect("listed");
    assert!(stefan < zamfir, "Ș sorts after S, not after Z");
}
