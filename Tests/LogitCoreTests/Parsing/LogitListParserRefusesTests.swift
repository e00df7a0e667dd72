import Testing
@testable import LogitCore

/// Every refusal, with its exact message: the command line prints these and the explorer shows them.
@Suite struct LogitListParserRefusesTests {
    @Test(arguments: [
        ("1, nan, 2", "logit 2 is NaN: a logit must be a number (-inf masks a class)"),
        ("1 +inf", "logit 2 is +inf: only -inf is allowed (it masks a class)"),
        ("inf", "logit 1 is +inf: only -inf is allowed (it masks a class)"),
        ("", "the logit list is empty"),
        ("   ", "the logit list is empty"),
        ("[]", "the logit list is empty"),
        ("1,,2", "logit 2 is empty (two commas in a row, or a comma at an end)"),
        ("1, 2,", "logit 3 is empty (two commas in a row, or a comma at an end)"),
        (",1", "logit 1 is empty (two commas in a row, or a comma at an end)"),
        ("1, 2, two", "logit 3 is \"two\": not a number"),
        ("1 2 two", "logit 3 is \"two\": not a number"),
        ("-inf, -inf", "every logit is -inf: softmax is undefined when every class is masked"),
        ("-inf", "the only logit is -inf: softmax is undefined when every class is masked"),
        ("1 2, 3", "logit 1 is \"1 2\": not a number (use commas or spaces to separate, not both)"),
        ("1, 2 3", "logit 2 is \"2 3\": not a number (use commas or spaces to separate, not both)"),
    ])
    func refuses(_ text: String, _ message: String) {
        #expect(refusal { () throws(InputError) in try LogitListParser.parse(text) } == message)
    }

    /// A pasted escape sequence is shown escaped, never sent to the terminal; long text is cut.
    @Test func messagesAreSafeAndShort() {
        #expect(refusal { () throws(InputError) in try LogitListParser.parse("1, a\u{1B}[2Jb") }
            == "logit 2 is \"a\\u{1B}[2Jb\": not a number")
        let long = String(repeating: "x", count: 50)
        #expect(refusal { () throws(InputError) in try LogitListParser.parse(long) }
            == "logit 1 is \"\(String(repeating: "x", count: 40))…\": not a number")
    }
}
