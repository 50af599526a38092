## The staff area's chrome: navigation, the home's tasks, pagination, form errors and refused forms; English.
## Every language has this file with the keys of the English one (a test checks). Keep
## messages as whole sentences: translators need them whole.

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
form-invalid = A value in the form is not valid.
page-list = Pages
page-previous = Previous
page-next = Next

staff-nav-countries = Country information
staff-task-countries = Edit what readers learn about each country, in each language.

staff-nav-consultations = Consultations
staff-task-consultations = Log a contact in under a minute, find earlier ones, export them and see the dashboard.

form-errors-title = There is a problem with what was entered
form-error-required = This is required.
form-error-choice = Choose one of the list.
field-choose = Choose…
staff-not-found-text = There is no staff page at this address, or your role does not open it.
staff-not-found-home = Back to the staff home
staff-task-directory-entries = Keep the directory true: profiles, services and hotlines, with the date each was last verified.
staff-task-dashboard = See the contacts in figures: by week, topic, destination and caller.

form-refused-title = This form was not accepted
form-expired = This form has expired or was not sent by Strada. Go back, reload the page and try again.
form-too-large = This form is too large to be read.
form-unreadable = This form could not be read. Go back, reload the page and try again.
form-refused-back = Go to the staff home

staff-nav-help-requests = Help requests
staff-task-help-requests = Read and answer the anonymous requests your organisation receives.
help-inbox-unread-count = { $count ->
    [0] No unread help requests
    [one] One unread help request
   *[other] { $count } unread help requests
}
