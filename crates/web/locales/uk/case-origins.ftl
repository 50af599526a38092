# The contact a case file comes from: a hotline consultation or an anonymous help request.
case-origin-cases = Справи, відкриті за цим зверненням
case-origin-none = За цим зверненням ще не відкрито жодної справи.
case-origin-open = Відкрити справу за цим зверненням
case-origin-from-consultation = Консультація гарячої лінії, з якої походить ця справа
case-origin-from-help-request = Анонімний запит про допомогу, з якого походить ця справа
case-field-from_consultation = Консультація
case-field-from_help_request = Запит про допомогу
case-error-only-on-opening = Можна вказати лише під час відкриття справи.
case-error-contact = Це не звернення вашої організації.
case-error-one-contact = Справа походить лише з одного звернення.
