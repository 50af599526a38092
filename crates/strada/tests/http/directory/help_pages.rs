//! The help pages as a person in danger meets them: a number to call first on every
//! country's page, no page that sends them in a circle, the members' hotlines for people
//! abroad, `tel:` links for every number, and lists in the reader's language's order.

use reqwest::StatusCode;

use crate::{TestApp, reference_network};

/// The known numbers that a page shows as text outside a `tel:` link.
fn numbers_outside_tel_links(html: &str, numbers: &[&str]) -> Vec<String> {
    let mut outside = Vec::new();
    let mut in_tel_link = false;
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        let text = &rest[..start];
        if !in_tel_link {
            for number in numbers {
                if text.contains(number) {
                    outside.push(format!("{number} in {text:?}"));
                }
            }
        }
        let end = rest[start..]
            .find('>')
            .map_or(rest.len(), |end| start + end + 1);
        let tag = &rest[start..end];
        if tag.starts_with("<a ") && tag.contains("href=\"tel:") {
            in_tel_link = true;
        } else if tag == "</a>" {
            in_tel_link = false;
        }
        rest = &rest[end..];
    }
    outside
}

#[tokio::test]
async fn every_countrys_help_page_offers_a_number_first_and_the_anonymous_form() {
    let app = TestApp::spawn().await;
    let countries: std::collections::BTreeSet<String> = reference_network()
        .into_iter()
        .map(|(_, country, ..)| country)
        .collect();
    for country in &countries {
        let html = app.get(&format!("/en/help/{country}")).await.body;
        let first = html.find("class=\"first-call\"").expect(country);
        let hotlines = html.find("<h2>Hotlines</h2>").expect(country);
        let first_call = &html[first..hotlines];
        assert!(
            first_call.contains("href=\"tel:"),
            "{country}: a number before the hotlines"
        );
        assert!(first_call.contains("href=\"/en/help/ask\""), "{country}");
    }
    // A member's hotline where there is one; the national line from the country profile where
    // the network has none (Italy's, shown before only on its country page); 112 everywhere
    // it answers.
    let moldova = app.get("/en/help/MD").await.body;
    assert!(moldova.contains(
        "<a href=\"tel:080077777\">0 800 77777</a> <span>National hotline, La Strada Moldova"
    ));
    let italy = app.get("/en/help/IT").await.body;
    assert!(italy.contains(
        "<a href=\"tel:800290290\">800 290 290</a> <span>National anti-trafficking line"
    ));
    assert!(italy.contains("<a href=\"tel:112\">112</a>"));
    let list = app.get("/en/help").await.body;
    assert!(
        list.contains("href=\"tel:800290290\""),
        "on the list of countries too"
    );
    for page in [
        "/en/",
        "/en/members/on-the-road",
        "/en/members/la-strada-moldova",
        "/en/help",
    ] {
        let html = app.get(page).await.body;
        assert!(
            html.contains("href=\"/en/help/ask\""),
            "{page} links to the anonymous form"
        );
    }
}

#[tokio::test]
async fn no_page_sends_the_reader_in_a_circle_for_a_number() {
    let app = TestApp::spawn().await;
    // On the Road has no hotline: its profile shows Italy's numbers itself rather than
    // sending the reader to Italy's help page, which sent them back to it.
    let profile = app.get("/en/members/on-the-road").await.body;
    assert!(profile.contains("<a href=\"tel:800290290\">800 290 290</a>"));
    assert!(profile.contains("<a href=\"tel:112\">112</a>"));
    let italy = app.get("/en/help/IT").await.body;
    assert!(italy.contains("href=\"/en/members/on-the-road\""));
    assert!(italy.contains("href=\"tel:800290290\""));
    // Where there is neither a hotline nor a national line, 112 and the form are offered.
    let netherlands = app.get("/en/help/NL").await.body;
    let first = netherlands.find("class=\"first-call\"").unwrap();
    assert!(netherlands[first..].contains("<a href=\"tel:112\">112</a>"));
}

#[tokio::test]
async fn people_abroad_find_their_home_countrys_member_on_every_help_page() {
    let app = TestApp::spawn().await;
    let html = app.get("/en/help/NL").await.body;
    let section = html
        .find("From another country? Call your home country&#39;s member")
        .or_else(|| html.find("From another country? Call your home country's member"))
        .expect("the section for people abroad");
    let abroad = &html[section..];
    assert!(abroad.contains("<strong>Moldova</strong>"));
    assert!(
        abroad.contains("href=\"tel:+37322233309\""),
        "Moldova's number from abroad"
    );
    assert!(abroad.contains("href=\"tel:+420222717171\""));
    assert!(
        abroad.contains("<strong>Ukraine</strong>") && abroad.contains("href=\"tel:0800500335\"")
    );
    let moldova = app.get("/en/help/MD").await.body;
    let section = moldova.find("id=\"home-lines-title\"").unwrap();
    assert!(
        !moldova[section..].contains("<strong>Moldova</strong>"),
        "a country is not its own home abroad"
    );
}

#[tokio::test]
async fn every_phone_number_on_the_public_pages_is_a_tel_link() {
    let app = TestApp::spawn().await;
    let numbers = [
        "0 800 77777",
        "+373 22 23 33 09",
        "0 800 500 335",
        "800 077 777",
        "+420 222 71 71 71",
        "0800 18676",
        "+381 11 785 0000",
        "+49 30 263 911 76",
        "+49 30 440 63 73",
        "800 290 290",
        "1522",
        "112",
    ];
    for page in [
        "/en/",
        "/en/help",
        "/en/help/IT",
        "/en/help/MD",
        "/en/help/NL",
        "/ro/help/MD",
        "/en/members/la-strada-moldova",
        "/en/members/on-the-road",
        "/en/countries/IT",
        "/uk/countries/IT",
        "/en/countries/MD",
        "/en/safety",
    ] {
        let html = app.get(page).await.body;
        let outside = numbers_outside_tel_links(&html, &numbers);
        assert!(outside.is_empty(), "{page}: {outside:?}");
    }
}

#[tokio::test]
async fn countries_without_a_hotline_list_their_organisations_on_the_help_page() {
    let app = TestApp::spawn().await;
    let html = app.get("/en/help").await.body;
    let netherlands = html.find("id=\"country-NL\"").unwrap();
    let section = &html[netherlands..];
    let section = &section[..section.find("</section>").unwrap()];
    assert!(section.contains("href=\"/en/members/comensha\""));
    assert!(section.contains("href=\"/en/members/fairwork\""));
    assert!(section.contains("no hotline of its own"));
}

#[tokio::test]
async fn the_members_filter_keeps_the_chosen_country_when_a_service_leaves_none_there() {
    let app = TestApp::spawn().await;
    // No organisation in Moldova runs a shelter in the demo network.
    let answer = app.get("/en/members?country=MD&service=shelter").await;
    assert_eq!(answer.status, StatusCode::OK);
    assert!(
        answer
            .body
            .contains("<option value=\"MD\" selected>Moldova (0)</option>")
    );
    assert!(answer.html().has("option[value=\"shelter\"][selected]"));
}

#[tokio::test]
async fn lists_sort_as_the_readers_language_sorts_and_cities_are_translated() {
    let app = TestApp::spawn().await;
    let position = |html: &str, name: &str| {
        html.find(&format!(">{name}</a>"))
            .unwrap_or_else(|| panic!("{name} is listed"))
    };
    // Romanian: Ț sorts right after T, not after Z as its bytes would.
    let romanian = app.get("/ro/help").await.body;
    assert!(position(&romanian, "Turcia") < position(&romanian, "Țările de Jos"));
    assert!(position(&romanian, "Țările de Jos") < position(&romanian, "Ucraina"));
    // Ukrainian: І sorts after И, not before А as its bytes would.
    let ukrainian = app.get("/uk/countries").await.body;
    assert!(position(&ukrainian, "Австрія") < position(&ukrainian, "Ірландія"));
    assert!(position(&ukrainian, "Ірландія") < position(&ukrainian, "Італія"));
    assert!(position(&ukrainian, "Італія") < position(&ukrainian, "Молдова"));
    // The members' list too, by country as the reader names it.
    let members = app.get("/uk/members").await.body;
    assert!(members.find("Австрія").unwrap() < members.find("Італія").unwrap());
    let russian = app.get("/ru/members/la-strada-moldova").await.body;
    assert!(russian.contains("Кишинёв, Молдова"));
    let polish = app.get("/pl/members").await.body;
    assert!(polish.contains("Warszawa, Polska") && !polish.contains("Warsaw"));
}
