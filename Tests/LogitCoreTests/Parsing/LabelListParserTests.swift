import Testing
@testable import LogitCore

@Suite struct LabelListParserTests {
    @Test func namesMayHoldSpaces() throws {
        #expect(try LabelListParser.parse(" Science fiction , Drama,News ") == ["Science fiction", "Drama", "News"])
        #expect(try LabelListParser.parse("a, b, c", expectedCount: 3) == ["a", "b", "c"])
    }

    @Test(arguments: [
        ("a, b", 3, "2 labels for 3 logits: the counts must match"),
        ("a", 2, "1 label for 2 logits: the counts must match"),
        ("a, b", 1, "2 labels for 1 logit: the counts must match"),
        ("a,,b", 3, "label 2 is empty (two commas in a row, or a comma at an end)"),
        ("a, b, ", 3, "label 3 is empty (two commas in a row, or a comma at an end)"),
        ("  ", 1, "the label list is empty"),
    ])
    func refuses(_ text: String, _ count: Int, _ message: String) {
        #expect(refusal { () throws(InputError) in try LabelListParser.parse(text, expectedCount: count) } == message)
    }

    /// Default names count from 0, as ids do (`--target 2` is `class 2`).
    @Test func defaultLabels() {
        #expect(LabelList(implicit: 3).array == ["class 0", "class 1", "class 2"])
        #expect(LabelList(implicit: 3) == ["class 0", "class 1", "class 2"])
        #expect(LabelList(implicit: 0).array == [])
    }
}
