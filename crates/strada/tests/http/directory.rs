//! The directory: the members' pages, the help pages and the JSON API, against the reference
//! table of the network.

use reqwest::StatusCode;
use serde_json::Value;

use crate::{TestApp, reference_network};

mod help_pages;

#[tokio::test]
async fn the_members_page_names_every_organisation_of_the_network() {
    let app = TestApp::spawn().await;
    let html = app.get("/en/members").await.body;
    let network = reference_network();
    assert_eq!(network.len(), 30);
    for (name, ..) in &network {
        let escaped = name.replace('&', "&amp;");
        assert!(
            html.contains(&format!(">{escaped}</a>")),
            "/en/members lacks {name}"
        );
    }
    assert!(html.contains("30 organisations"));
    let named = network
        .iter()
        .filter(|(_, _, membership, _)| membership != "secretariat");
    assert_eq!(
        named.count(),
        29,
        "29 organisations besides the secretariat"
    );
}

#[tokio::test]
async fn the_members_page_filters_with_counts_and_keeps_the_choices() {
    let app = TestApp::spawn().await;
    let html = app.get("/en/members?country=nl").await.body;
    for name in [
        "CoMensha",
        "FairWork",
        "La Strada International (secretariat)",
    ] {
        assert!(html.contains(name), "{name}");
    }
    assert!(!html.contains(">La Strada Moldova<"));
    assert!(html.contains("3 organisations"));
    assert!(html.contains("<option value=\"NL\" selected>Netherlands (3)</option>"));
    // The other countries stay choosable, with what they would show.
    assert!(html.contains("<option value=\"MD\">Moldova (1)</option>"));
    assert!(html.contains("<option value=\"member\">Member (2)</option>"));

    let html = app
        .get("/en/members?membership=associate&service=shelter")
        .await
        .body;
    assert!(html.contains("Proyecto Esperanza") && html.contains("SICAR cat"));
    assert!(html.contains("2 organisations"));

    let html = app
        .get("/en/members?country=MD&membership=partner")
        .await
        .body;
    assert!(html.contains("No organisation matches these filters"));
    assert!(html.contains("Clear filters"));

    // Plurals follow the language.
    let russian = app.get("/ru/members?country=NL").await.body;
    let english_count = app.get("/en/members?country=NL").await.body;
    assert!(!russian.contains("3 organisations") && english_count.contains("3 organisations"));
}

#[tokio::test]
async fn a_member_profile_shows_services_languages_and_hotlines() {
    let app = TestApp::spawn().await;
    let answer = app.get("/en/members/la-strada-moldova").await;
    assert_eq!(answer.status, StatusCode::OK);
    let html = answer.body;
    assert!(html.contains("<h1>La Strada Moldova</h1>"));
    assert!(html.contains("Founding member"));
    assert!(
        html.contains("Chișinău, Moldova"),
        "the city as English writes it"
    );
    assert!(html.contains("Romanian, Russian, English"));
    assert!(html.contains("Legal advice and representation"));
    assert!(html.contains("href=\"tel:080077777\""));
    assert!(html.contains("href=\"tel:+37322233309\""));
    assert!(html.contains("href=\"https://lastrada.md\""));
    let html = app.get("/en/members/picum").await.body;
    assert!(html.contains("Partner organisation"));
    assert!(html.contains("lists no hotline of its own"));
}

#[tokio::test]
async fn the_help_page_lists_every_country_with_its_hotlines_and_112() {
    let app = TestApp::spawn().await;
    let html = app.get("/en/help").await.body;
    let countries: std::collections::BTreeSet<String> = reference_network()
        .into_iter()
        .map(|(_, country, ..)| country)
        .collect();
    assert_eq!(countries.len(), 23);
    for country in &countries {
        assert!(
            html.contains(&format!("href=\"/en/help/{country}\"")),
            "{country}"
        );
    }
    for tel in [
        "tel:080077777",
        "tel:0800500335",
        "tel:386",
        "tel:800077777",
        "tel:+381117850000",
    ] {
        assert!(html.contains(&format!("href=\"{tel}\"")), "{tel}");
    }
    assert!(html.contains("24 hours") && html.contains("Free of charge"));
    assert!(html.contains("call <a href=\"tel:112\">112</a>"));
    assert!(html.contains("Demo data"), "demo numbers carry the notice");
}

#[tokio::test]
async fn one_country_in_any_case_with_its_hotlines_organisations_and_dates_in_the_readers_language()
{
    let app = TestApp::spawn().await;
    for code in ["UA", "ua", "Ua"] {
        let answer = app.get(&format!("/en/help/{code}")).await;
        assert_eq!(answer.status, StatusCode::OK, "{code}");
        assert!(answer.body.contains("Help in Ukraine"));
        assert!(answer.body.contains("href=\"tel:0800500335\""));
        assert!(answer.body.contains("Every day, 24 hours"));
        assert!(answer.body.contains("La Strada Ukraine"));
    }
    let html = app.get("/uk/help/UA").await.body;
    assert!(
        html.contains("2022") && !html.contains("December"),
        "the date is in Ukrainian"
    );
    let spain = app.get("/en/help/ES").await.body;
    assert!(spain.contains("no hotline of its own in Spain"));
    assert!(spain.contains("Proyecto Esperanza"));
    // The home page's form sends the reader to the country's page.
    let answer = app.get("/en/help?country=md").await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER);
    assert_eq!(answer.header("location"), "/en/help/MD");
    assert_eq!(
        app.get("/en/help?country=Moldova").await.status,
        StatusCode::BAD_REQUEST
    );
}

#[tokio::test]
async fn the_home_page_offers_every_country_and_the_three_pillars() {
    let app = TestApp::spawn().await;
    let html = app.get("/en/").await.body;
    assert!(html.contains("26 member organisations and 2 associate members in 23 countries"));
    assert!(html.contains("<option value=\"MD\">Moldova</option>"));
    // The 23 countries, after the empty choice that makes the reader pick one.
    assert_eq!(html.matches("<option value=\"").count(), 24);
    for pillar in [
        "Advocacy",
        "Training and education",
        "Assistance and support",
    ] {
        assert!(html.contains(pillar), "{pillar}");
    }
}

async fn all_organisations(app: &TestApp, query: &str) -> Vec<Value> {
    let answer = app
        .get(&format!("/api/v1/organisations?per_page=100{query}"))
        .await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
    answer.json()["items"].as_array().unwrap().clone()
}

#[tokio::test]
async fn the_api_reports_the_network_as_the_reference_describes_it() {
    let app = TestApp::spawn().await;
    let summary = app.get("/api/v1/network").await.json();
    assert_eq!(summary["members"], 26);
    assert_eq!(summary["associates"], 2);
    assert_eq!(summary["partners"], 1);
    assert_eq!(summary["founding_members"], 8);
    assert_eq!(summary["member_countries"], 23);

    let organisations = all_organisations(&app, "").await;
    assert_eq!(organisations.len(), 30);
    let count = |membership: &str| {
        organisations
            .iter()
            .filter(|o| o["membership"] == membership)
            .count()
    };
    assert_eq!(
        (count("member"), count("associate"), count("partner")),
        (26, 2, 1)
    );
    assert_eq!(
        organisations
            .iter()
            .filter(|o| o["founding"] == true)
            .count(),
        8
    );
    let countries: std::collections::BTreeSet<&str> = organisations
        .iter()
        .filter(|o| o["membership"] == "member" || o["membership"] == "associate")
        .map(|o| o["country"].as_str().unwrap())
        .collect();
    assert_eq!(countries.len(), 23);
    for (name, country, membership, founding) in reference_network() {
        let found = organisations
            .iter()
            .find(|o| o["name"] == name.as_str())
            .unwrap_or_else(|| panic!("{name} is missing"));
        assert_eq!(found["country"], country.as_str(), "{name}");
        assert_eq!(found["membership"], membership.as_str(), "{name}");
        assert_eq!(found["founding"], founding, "{name}");
        let slug = found["slug"].as_str().unwrap();
        assert!(
            slug.split('-').all(|w| !w.is_empty()
                && w.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())),
            "{slug}"
        );
    }
    let slugs: Vec<&str> = organisations
        .iter()
        .map(|o| o["slug"].as_str().unwrap())
        .collect();
    for slug in [
        "la-strada-moldova",
        "la-strada-ukraine",
        "animus-association",
    ] {
        assert!(slugs.contains(&slug), "{slug}");
    }
}

#[tokio::test]
async fn the_api_filters_paginates_and_refuses_bad_parameters() {
    let app = TestApp::spawn().await;
    let moldova = all_organisations(&app, "&country=md").await;
    assert_eq!(moldova.len(), 1);
    assert_eq!(moldova[0]["slug"], "la-strada-moldova");
    assert_eq!(
        all_organisations(&app, "&membership=associate").await.len(),
        2
    );
    assert_eq!(all_organisations(&app, "&country=JP").await.len(), 0);

    let page = app
        .get("/api/v1/organisations?per_page=10&page=3")
        .await
        .json();
    assert_eq!(page["items"].as_array().unwrap().len(), 10);
    assert_eq!(
        (page["total"].as_u64(), page["page"].as_u64()),
        (Some(30), Some(3))
    );

    for (query, field) in [
        ("country=XX", "country"),
        ("country=Moldova", "country"),
        ("membership=founder", "membership"),
        ("service=massage", "service"),
        ("page=0", "page"),
        ("per_page=1000", "page"),
        ("page=two", "page"),
    ] {
        let answer = app.get(&format!("/api/v1/organisations?{query}")).await;
        assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{query}");
        let error = &answer.json()["error"];
        assert_eq!(error["code"], "invalid_input", "{query}");
        assert!(error["message"].is_string());
        assert!(error["fields"][field].is_string(), "{query}: {error}");
    }
}

#[tokio::test]
async fn the_api_shows_one_organisation_with_its_hotlines() {
    let app = TestApp::spawn().await;
    let ukraine = app
        .get("/api/v1/organisations/la-strada-ukraine")
        .await
        .json();
    assert_eq!(ukraine["country"], "UA");
    assert_eq!(ukraine["founding"], true);
    let hotlines = ukraine["hotlines"].as_array().unwrap();
    assert_eq!(hotlines.len(), 2);
    assert!(
        hotlines
            .iter()
            .all(|h| h["twenty_four_seven"] == true && h["free_of_charge"] == true)
    );
    for missing in ["no-such-org", "LA-STRADA-UKRAINE", "..%2F..%2Fetc"] {
        let answer = app.get(&format!("/api/v1/organisations/{missing}")).await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND, "{missing}");
        assert_eq!(answer.json()["error"]["code"], "not_found");
    }
}

#[tokio::test]
async fn the_api_lists_hotlines_by_country() {
    let app = TestApp::spawn().await;
    let czech = app.get("/api/v1/hotlines?country=cz").await.json();
    let items = czech["items"].as_array().unwrap();
    assert_eq!(items.len(), 2);
    assert!(
        items
            .iter()
            .all(|h| h["organisation"] == "la-strada-czech-republic")
    );
    assert!(
        items
            .iter()
            .any(|h| h["tel"] == "tel:800077777" && h["free_of_charge"] == true)
    );
    assert_eq!(
        items[0]["languages"],
        serde_json::json!(["cs", "en", "ro", "ru", "bg"])
    );
    assert!(items[0]["last_verified"].as_str().unwrap().len() == 10);
    let all = app.get("/api/v1/hotlines").await.json();
    assert_eq!(all["total"], 11);
    // National lines run by others are never credited to a member.
    let numbers: Vec<&str> = all["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["number"].as_str().unwrap())
        .collect();
    for others in ["527", "157", "0800 20 100", "800 290 290"] {
        assert!(!numbers.contains(&others), "{others}");
    }
    assert_eq!(
        app.get("/api/v1/hotlines?country=EU").await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
}

#[tokio::test]
async fn starting_again_with_the_demo_duplicates_nothing() {
    let app = TestApp::spawn().await;
    let before = app.get("/api/v1/hotlines").await.json()["total"].clone();
    let app = app.restart(true).await;
    let app = app.restart(true).await;
    assert_eq!(app.get("/api/v1/hotlines").await.json()["total"], before);
    assert_eq!(app.get("/api/v1/network").await.json()["members"], 26);
}

#[tokio::test]
async fn without_the_demo_the_directory_is_empty_and_says_what_to_do() {
    let app = TestApp::spawn_with(false).await;
    assert_eq!(app.get("/api/v1/network").await.json()["members"], 0);
    let html = app.get("/en/members").await.body;
    assert!(html.contains("No organisation matches"));
    assert!(
        !html.contains("Demo data"),
        "no demo notice without demo data"
    );
}
