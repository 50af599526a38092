## The staff area, English. Every key here must exist in every language (a test checks).

staff-site-name = Strada staff
staff-sign-out = Sign out
staff-demo-banner = Demo account: this account may skip the second factor and its password is public. Never enter real data here.
staff-nav-home = Home
staff-nav-account = My account
staff-nav-users = Users
staff-nav-organisations = Organisations
staff-nav-audit = Audit trail
staff-home-title = Your work in Strada
staff-home-intro = What your role lets you do. More tools arrive here as the network's work moves into Strada.
staff-task-account = Change your password, see where you are signed in, manage your second factor and your API tokens.
staff-task-users = Invite colleagues, change their roles, disable accounts that should no longer sign in.
staff-task-organisations = Add organisations to the network's directory.
staff-task-audit = Read who signed in and what changed, and filter by person, action and date.

role-network-admin = Network administrator
role-org-admin = Organisation administrator
role-case-worker = Case worker
role-hotline-consultant = Hotline consultant
role-editor = Editor
role-analyst = Analyst

sign-in-title = Sign in
sign-in-email = Email
sign-in-password = Password
sign-in-submit = Sign in
sign-in-error = The email or the password is not right, or the account cannot sign in now. Try again, or ask your administrator.

code-title = Second factor
code-intro = Enter the 6-digit code from your authenticator app, or one of your recovery codes.
code-label = Code
code-submit = Continue
code-error = This code is not right or was already used. Enter the current code from your app.

enrol-title = Set up your second factor
enrol-required = Your role gives access to personal data: set up a second factor before you continue.
enrol-step-scan = Scan the QR code with an authenticator app, or type the secret below into it.
enrol-step-code = Enter the 6-digit code the app shows, to confirm.
enrol-qr-label = QR code to add Strada to an authenticator app
enrol-secret = Secret:
enrol-uri = Address for the app:
enrol-submit = Confirm
recovery-title = Your recovery codes
recovery-intro = Each code lets you sign in once without your phone. Keep them somewhere safe: they are shown only now.
recovery-continue = I have kept my codes: continue

account-title = My account
account-password-title = Password
account-current-password = Current password
account-new-password = New password
account-password-submit = Change password
account-password-wrong = The current password is not right.
account-password-changed = Your password was changed; your other sessions were ended.
password-rules = At least 12 characters; common passwords are refused. A few unrelated words make a good one.
password-length = A password has from 12 to 256 characters.
password-common = This password is among the most common ones; choose another.
account-language-title = Language
account-language-submit = Save
account-sessions-title = Where you are signed in
account-session-device = Browser
account-session-started = Started
account-session-seen = Last seen
account-session-current = this one
account-session-end = End
account-session-ended = The session was ended.
account-second-factor-title = Second factor
account-second-factor-on = A second factor is set up.
account-second-factor-off = No second factor is set up.
account-second-factor-reset = Replace my second factor
account-second-factor-enrol = Set up a second factor
account-tokens-title = API tokens
account-tokens-intro = A token lets a program use Strada's API as you, with your organisation and role. Revoke it when the program no longer needs it.
account-tokens-none = You have no API token.
account-token-name = Name
account-token-create = Create token
account-token-revoke = Revoke
account-token-revoked = Revoked
token-created = Your new token is below.
token-shown-once = Copy it now: it is shown only once.
token-revoked = The token was revoked.
token-name-invalid = Give the token a name of up to 100 characters.
form-invalid = A value in the form is not valid.
not-found = Nothing of yours was found there.

users-title = Users
users-name = Name
users-organisation = Organisation
users-role = Role
users-status = Status
users-actions = Actions
users-change-role = Change role
users-disable = Disable
users-enable = Enable
users-disabled = Disabled
users-invited = Invited
users-active = Active
users-second-factor = second factor
role-refused = This change is not allowed: you cannot change your own account here, nor give a role above yours.
invite-title = Invite a colleague
invite-submit = Invite
invite-created = The account was created. Send this link to the person by a channel you trust; it works once, for 7 days.
invite-link-intro = Invitation link:
invite-invalid = Check the name, the email, the role and the organisation.
invite-email-taken = An account with this email exists already.
invitation-title = Welcome to Strada
invitation-intro = Choose a password for the account
invitation-submit = Set my password
invitation-unknown = This invitation does not exist, was used already or has expired. Ask your administrator for a new one.

organisations-title = Organisations
organisations-create-title = Add an organisation
organisations-country-code = Country (ISO code, e.g. MD)
organisations-city = City
organisations-create-submit = Add organisation
organisation-invalid = Check the name, the country code, the membership and the website (an https:// address).
organisation-exists = An organisation with this name exists already.
organisation-created = The organisation was added to the directory.

audit-title = Audit trail
audit-actor = Who
audit-action = Action
audit-from = From
audit-until = Until
audit-time = Time (UTC)
audit-target = About
audit-outcome = Outcome
audit-empty = No event matches these filters.
audit-pages = Pages
audit-count = { $count ->
    [one] One event
   *[other] { $count } events
}
page-previous = Previous
page-next = Next
organisations-name = Name
account-token-created = Created
