## Help requests: the person's anonymous forms and the staff inbox; English.
## Every language has this file with the keys of the English one (a test checks). Keep
## messages as whole sentences: translators need them whole.

help-ask-link = Write to us without giving your name
ask-title = Ask for help anonymously
ask-intro = Write what happened or what you want to know. You do not need to give your name. A consultant of the network in the country you choose will answer here, usually within a few days.
ask-country = Country where you need help
ask-language = Language you write in
ask-message = Your message
ask-message-hint = At most 4,000 characters. Do not write anything that could identify you if someone else reads it.
ask-trap = Leave this field empty
ask-submit = Send
ask-sent-title = Your request was sent
ask-sent-intro = Write these two codes down now, somewhere safe: you need both to read the answer, and they will not be shown again. Nothing is kept in this browser.
ask-ticket = Ticket
ask-passphrase = Passphrase
ask-status-link = Read the answer to your request
ask-status-title = Read the answer
ask-status-submit = Show
ask-status-unknown = No request matches this ticket and passphrase. Check both and try again.
ask-status-open = Waiting for an answer
ask-status-answered = Answered
ask-status-closed = Closed
ask-your-message = Your message
ask-replies = Answers
ask-no-reply = No answer yet. Come back later with your ticket and passphrase.
ask-too-many = Too many requests from this connection. Please wait an hour and try again, or call a hotline.
ask-invalid = Check the fields marked below.

ask-error-country = Choose the country where you need help.
ask-error-language = Choose the language you write in.
ask-error-message-empty = Write your message.
ask-error-message-long = Your message is too long: write at most 4,000 characters.
ask-error-message-characters = Your message contains characters that cannot be sent. Remove them and try again.
ask-error-ticket = A ticket has 8 letters and digits, as they were shown to you, for example ABCD-2345.
ask-error-passphrase = A passphrase has 16 letters and digits, as they were shown to you.
ask-sent-gone-title = Already shown
ask-sent-gone = Your ticket and passphrase were shown once, on this page, and are not shown again. Your request was sent: nothing was sent twice.
ask-you-wrote = You wrote
ask-write-back = Write back
ask-write-back-submit = Send
ask-closed = This request is closed. To ask something new, send a new request.
ask-written-back = Your message was sent.
ask-unreadable = The form could not be read. Go back, check what you wrote and send it again.
help-inbox-title = Help requests
help-inbox-intro = Anonymous requests sent to your organisation. Opening one is recorded in the audit trail.
help-inbox-states = Show requests by state
help-inbox-bad-filter = This filter cannot be read; all requests are shown.
help-inbox-count = { $count ->
    [one] One request
   *[other] { $count } requests
}
help-inbox-empty = No requests here.
help-inbox-received = Received
help-inbox-country = Country
help-inbox-language = Language
help-inbox-state = State
help-inbox-unread = unread
help-inbox-escalated = not opened in time where it was sent
help-state-all = All
help-state-open = Open
help-state-answered = Answered
help-state-closed = Closed
help-request-title = Help request
help-request-message = Message
help-request-thread = Replies and answers
help-request-no-thread = No reply yet.
help-request-from-person = The person who asked
help-request-reply = Your reply
help-request-send = Send the reply
help-request-convert = Make a consultation of it
help-request-close = Close the request
help-request-convert-invalid = Choose who wrote and at least one topic.
