//! `strada import`: CSV in the demo files' columns or HSDS as the site serves it; the dry run
//! changes nothing, the real run changes what the dry run said, a bad file changes nothing,
//! and the running server follows the imported directory.

use strada_domain::audit::AuditAction;

use crate::TestApp;
use crate::organisations::audited;

#[tokio::test]
async fn the_import_dry_run_changes_nothing_and_the_real_run_changes_what_it_said() {
    let app = TestApp::spawn().await;
    let directory = tempfile::tempdir().unwrap();
    let organisations = directory.path().join("organisations.csv");
    let hotlines = directory.path().join("hotlines.csv");
    std::fs::write(
        &organisations,
        "name,country,city,membership,founding,website,languages,services\n\
         La Strada Moldova,MD,Bălți,member,yes,lastrada.md,ro ru en,shelter legal_assistance\n\
         Nova Pomoc,SK,Bratislava,associate,no,https://novapomoc.sk,sk en,psychosocial_counselling\n",
    )
    .unwrap();
    std::fs::write(
        &hotlines,
        "organisation,number,purpose,hours,free_of_charge,languages,last_verified\n\
         la-strada-moldova,0 800 77777,national_hotline,always,yes,ro ru,2026-11-30\n\
         nova-pomoc,+421 2 5555 5555,national_hotline,office_hours,no,sk,2026-11-29\n",
    )
    .unwrap();
    let arguments = |dry: bool| {
        let mut arguments = vec![
            "import".to_owned(),
            "--organisations".to_owned(),
            organisations.display().to_string(),
            "--hotlines".to_owned(),
            hotlines.display().to_string(),
        ];
        if dry {
            arguments.push("--dry-run".to_owned());
        }
        arguments
    };
    let run = |dry: bool| {
        let arguments = arguments(dry);
        let refs: Vec<&str> = arguments.iter().map(String::as_str).collect();
        let output = app.strada(&refs, "");
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).unwrap()
    };
    let store = app.server().state.store();
    let before = store.load_directory().await.unwrap();
    let dry = run(true);
    assert!(
        dry.contains("would change organisation la-strada-moldova"),
        "{dry}"
    );
    assert!(dry.contains("would add organisation nova-pomoc"));
    assert!(dry.contains("would change hotline la-strada-moldova 0 800 77777"));
    assert!(dry.contains("would add hotline nova-pomoc +421 2 5555 5555"));
    assert!(dry.contains("dry run: 1 organisations added, 1 changed"));
    assert_eq!(
        store.load_directory().await.unwrap(),
        before,
        "a dry run changes nothing"
    );

    let real = run(false);
    assert_eq!(
        real.replace("added", "would add")
            .replace("changed", "would change")
            .replace("imported:", "dry run:")
            .replace("would add,", "added,")
            .lines()
            .filter(|line| !line.starts_with("dry run"))
            .collect::<Vec<_>>(),
        dry.lines()
            .filter(|line| !line.starts_with("dry run"))
            .collect::<Vec<_>>(),
        "the real run changes what the dry run said"
    );
    let after = store.load_directory().await.unwrap();
    // The running server follows the database: its next check reloads the public pages.
    assert!(!app.get("/en/members").await.body.contains("Nova Pomoc"));
    assert!(
        app.server()
            .state
            .reload_directory_if_changed()
            .await
            .unwrap()
    );
    assert!(app.get("/en/members").await.body.contains("Nova Pomoc"));
    assert!(
        !app.server()
            .state
            .reload_directory_if_changed()
            .await
            .unwrap()
    );
    let moldova = after.organisation("la-strada-moldova").unwrap();
    assert_eq!(moldova.city.as_deref(), Some("Bălți"));
    assert!(!moldova.demo, "imported data is the network's own");
    let nova = after.organisation("nova-pomoc").unwrap();
    assert_eq!(nova.time_zone.name(), "Europe/Bratislava");
    assert_eq!(after.hotlines_of(nova).len(), 1);
    assert_eq!(
        audited(&app, AuditAction::DirectoryImported).await.len(),
        1,
        "the import is audited"
    );
    let again = run(true);
    assert!(
        again.contains("dry run: 0 organisations added, 0 changed"),
        "{again}"
    );

    std::fs::write(
        &hotlines,
        "organisation,number,purpose,hours,free_of_charge,languages,last_verified\n\
         nova-pomoc,not a number,national_hotline,always,yes,sk,2026-11-30\n",
    )
    .unwrap();
    let arguments = arguments(false);
    let refs: Vec<&str> = arguments.iter().map(String::as_str).collect();
    let refused = app.strada(&refs, "");
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("hotlines line 2"));
    assert_eq!(
        store.load_directory().await.unwrap(),
        after,
        "a bad file changes nothing"
    );
}

#[tokio::test]
async fn the_import_reads_back_the_hsds_that_the_site_serves() {
    let source = TestApp::spawn().await;
    let list = source.get("/hsds/organizations?per_page=100").await.json();
    let mut organizations = Vec::new();
    for item in list["contents"].as_array().unwrap() {
        let id = item["id"].as_str().unwrap();
        organizations.push(
            source
                .get(&format!("/hsds/organizations/{id}"))
                .await
                .json(),
        );
    }
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), serde_json::to_string(&organizations).unwrap()).unwrap();
    let path = file.path().display().to_string();
    let target = TestApp::spawn_with(false).await;
    let dry = target.strada(&["import", "--hsds", &path, "--dry-run"], "");
    assert!(
        dry.status.success(),
        "{}",
        String::from_utf8_lossy(&dry.stderr)
    );
    let dry = String::from_utf8(dry.stdout).unwrap();
    let expected = format!(
        "dry run: {} organisations added, 0 changed",
        organizations.len()
    );
    assert!(dry.contains(&expected), "{dry}");
    assert_eq!(
        target
            .server()
            .state
            .store()
            .count_organisations()
            .await
            .unwrap()
            .0,
        0
    );
    let real = target.strada(&["import", "--hsds", &path], "");
    assert!(
        real.status.success(),
        "{}",
        String::from_utf8_lossy(&real.stderr)
    );
    let imported = target
        .server()
        .state
        .store()
        .load_directory()
        .await
        .unwrap();
    let original = source.server().state.directory();
    assert_eq!(
        imported.organisations().len(),
        original.organisations().len()
    );
    assert_eq!(imported.hotlines().len(), original.hotlines().len());
    let moldova = imported.organisation("la-strada-moldova").unwrap();
    let source_moldova = original.organisation("la-strada-moldova").unwrap();
    assert_eq!(moldova.country, source_moldova.country);
    assert_eq!(moldova.membership, source_moldova.membership);
    assert_eq!(
        imported
            .hotlines_of(moldova)
            .iter()
            .map(|h| (h.number.as_str(), h.hours, h.last_verified))
            .collect::<Vec<_>>(),
        original
            .hotlines_of(source_moldova)
            .iter()
            .map(|h| (h.number.as_str(), h.hours, h.last_verified))
            .collect::<Vec<_>>()
    );
    let again = target.strada(&["import", "--hsds", &path, "--dry-run"], "");
    assert!(String::from_utf8_lossy(&again.stdout).contains("0 organisations added, 0 changed"));
}
