//! Administration from the command line: the first administrator of a deployment, accounts,
//! API tokens and the audit trail's verification. Every change is an audit event whose actor
//! is `command line`.

use std::io::BufRead;

use anyhow::{Context, bail};
use strada_domain::access::OrganisationScope;
use strada_domain::accounts::{EmailAddress, NewPassword, PersonName, Role, User};
use strada_domain::audit::{AuditAction, Outcome};
use strada_store::Store;
use strada_store::accounts::EMAIL_TAKEN;
use strada_store::accounts::{NewUser, digest, hash_password, random_token};
use strada_store::audit::{AuditActor, ChainVerdict, NewAuditEvent};

use crate::cli::{AuditCommand, DatabaseArgs, TokenCommand, UserCommand};
use crate::config::{self, FileConfig};

const ACTOR: &str = "command line";

pub(crate) async fn open(database: &DatabaseArgs, file: &FileConfig) -> anyhow::Result<Store> {
    let url = config::database_url(database.database.as_deref(), file)?;
    Store::open(&url)
        .await
        .with_context(|| format!("cannot use the database {url}"))
}

async fn audit(
    store: &Store,
    action: AuditAction,
    user: &User,
    target: &str,
) -> anyhow::Result<()> {
    store
        .record_audit_event(
            NewAuditEvent::new(AuditActor::Named(ACTOR), action, target, Outcome::Success)
                .filed_under(user.organisation_id),
        )
        .await
        .context("cannot record the audit event")
}

async fn find_user(store: &Store, email: &str) -> anyhow::Result<User> {
    let email = EmailAddress::parse(email)
        .map_err(|_| anyhow::anyhow!("`{email}` is not an email address"))?;
    store
        .credentials(&email)
        .await?
        .map(|credentials| credentials.user)
        .ok_or_else(|| anyhow::anyhow!("no account has the email {email}"))
}

pub async fn run_user(command: UserCommand, file: &FileConfig) -> anyhow::Result<()> {
    match command {
        UserCommand::Create {
            email,
            name,
            org,
            role,
            database,
        } => {
            let email = EmailAddress::parse(&email)
                .map_err(|_| anyhow::anyhow!("`{email}` is not an email address"))?;
            let name =
                PersonName::parse(&name).map_err(|error| anyhow::anyhow!("the name: {error}"))?;
            let role = Role::parse(&role).map_err(|_| {
                anyhow::anyhow!(
                    "`{role}` is not a role: use network-admin, org-admin, case-worker, hotline-consultant, editor or analyst"
                )
            })?;
            let store = open(&database, file).await?;
            let directory = store.load_directory().await?;
            let organisation = directory.organisation(&org).ok_or_else(|| {
                anyhow::anyhow!("no organisation has the slug `{org}` (see /api/v1/organisations)")
            })?;
            let mut password = String::new();
            std::io::stdin()
                .lock()
                .read_line(&mut password)
                .context("cannot read the password from standard input")?;
            let password = NewPassword::parse(password.trim_end_matches(['\n', '\r']))
                .map_err(|weak| anyhow::anyhow!("the password is refused: {weak}"))?;
            let user = store
                .create_user(NewUser {
                    email: &email,
                    name: &name,
                    organisation_id: organisation.id,
                    role,
                    password_hash: Some(hash_password(&password)),
                    demo: false,
                })
                .await
                .map_err(|error| {
                    if error.is_duplicate(EMAIL_TAKEN) {
                        anyhow::anyhow!("an account with the email {email} exists already")
                    } else {
                        error.into()
                    }
                })?;
            audit(
                &store,
                AuditAction::UserCreated,
                &user,
                &format!("{} as {}", user.email, user.role),
            )
            .await?;
            println!(
                "created {} ({}) at {} as {}",
                user.email,
                user.name.as_str(),
                organisation.slug,
                user.role
            );
            Ok(())
        }
        UserCommand::List { database } => {
            let store = open(&database, file).await?;
            for listed in store.list_users(OrganisationScope::Network).await? {
                let user = listed.user;
                let status = if user.disabled { "disabled" } else { "active" };
                println!(
                    "{}\t{}\t{}\t{}\t{status}",
                    user.email,
                    user.name.as_str(),
                    listed.organisation_name,
                    user.role
                );
            }
            // Invitations are no accounts until accepted: listed after them.
            for listed in store.list_invitations(OrganisationScope::Network).await? {
                let invitation = listed.invitation;
                println!(
                    "{}\t{}\t{}\t{}\tinvited",
                    invitation.email,
                    invitation.name.as_str(),
                    listed.organisation_name,
                    invitation.role
                );
            }
            Ok(())
        }
        UserCommand::Disable { email, database } => {
            let store = open(&database, file).await?;
            let user = find_user(&store, &email).await?;
            store.set_user_disabled(user.id, true).await?;
            audit(
                &store,
                AuditAction::UserDisabled,
                &user,
                user.email.as_str(),
            )
            .await?;
            println!("disabled {}; their sessions have ended", user.email);
            Ok(())
        }
        UserCommand::ClearSecondFactor { email, database } => {
            let store = open(&database, file).await?;
            let user = find_user(&store, &email).await?;
            store.clear_second_factor(user.id).await?;
            audit(
                &store,
                AuditAction::SecondFactorReset,
                &user,
                "cleared by an operator",
            )
            .await?;
            println!(
                "cleared the second factor of {}; their sessions and tokens have ended, and they enrol a new one at their next sign-in",
                user.email
            );
            Ok(())
        }
    }
}

pub async fn run_token(command: TokenCommand, file: &FileConfig) -> anyhow::Result<()> {
    let TokenCommand::Create {
        email,
        name,
        database,
    } = command;
    let name = name.trim().to_owned();
    if name.is_empty() || name.chars().count() > 100 {
        bail!("a token's name has 1 to 100 characters");
    }
    let store = open(&database, file).await?;
    let user = find_user(&store, &email).await?;
    if user.disabled {
        bail!("{} is disabled", user.email);
    }
    if user.must_enrol_second_factor() {
        bail!(
            "{} must enrol a second factor first: their role ({}) needs one, and a token acts only as far as a signed-in session could",
            user.email,
            user.role
        );
    }
    let token = format!("strada_{}", random_token());
    store
        .create_api_token(user.id, &name, &digest(&token))
        .await?;
    audit(
        &store,
        AuditAction::TokenCreated,
        &user,
        &format!("{name} for {}", user.email),
    )
    .await?;
    println!("{token}");
    eprintln!(
        "This token is shown once; it acts as {} ({}).",
        user.email, user.role
    );
    Ok(())
}

pub async fn run_audit(command: AuditCommand, file: &FileConfig) -> anyhow::Result<()> {
    let AuditCommand::Verify { database } = command;
    let store = open(&database, file).await?;
    match store.verify_audit_chain().await? {
        ChainVerdict::Whole { events } => {
            println!("the audit trail is whole: {events} events");
            Ok(())
        }
        ChainVerdict::Broken { sequence, reason } => {
            bail!("the audit trail is broken at event {sequence}: {reason}")
        }
    }
}
