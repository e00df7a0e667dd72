import Testing
@testable import LogitCore

@Suite struct InputValidationTests {
    @Test func acceptsGoodKnobs() throws {
        #expect(try InputValidation.temperature(" 0.7 ") == 0.7)
        #expect(try InputValidation.temperature("1e-3") == 0.001)
        #expect(try InputValidation.threshold("0.9") == 0.9)
        #expect(try InputValidation.precision(" F16 ") == .float16)
        #expect(try InputValidation.target(2, classCount: 3) == 2)
    }

    @Test(arguments: [
        ("0", "temperature is 0: it must be positive (T = 0 is greedy decoding, which is the argmax)"),
        ("-0", "temperature is 0: it must be positive (T = 0 is greedy decoding, which is the argmax)"),
        ("-1", "temperature is -1: it must be positive"),
        ("nan", "temperature is NaN: it must be a positive, finite number"),
        ("inf", "temperature is inf: it must be a positive, finite number"),
        ("-inf", "temperature is -inf: it must be a positive, finite number"),
        ("hot", "temperature \"hot\" is not a number"),
    ])
    func refusesTemperature(_ text: String, _ message: String) {
        #expect(refusal { () throws(InputError) in try InputValidation.temperature(text) } == message)
    }

    @Test(arguments: [
        ("0", "threshold is 0: it must be a probability strictly between 0 and 1"),
        ("1", "threshold is 1: it must be a probability strictly between 0 and 1"),
        ("1.5", "threshold is 1.5: it must be a probability strictly between 0 and 1"),
        ("-0.2", "threshold is -0.2: it must be a probability strictly between 0 and 1"),
        ("nan", "threshold is NaN: it must be a probability strictly between 0 and 1"),
        ("half", "threshold \"half\" is not a number"),
    ])
    func refusesThreshold(_ text: String, _ message: String) {
        #expect(refusal { () throws(InputError) in try InputValidation.threshold(text) } == message)
    }

    @Test func refusesUnknownPrecision() {
        #expect(refusal { () throws(InputError) in try InputValidation.precision("float8") }
            == "precision \"float8\" is unknown: use float16, float32, float64 or bfloat16 (or f16, f32, f64, bf16)")
    }

    @Test func refusesTargetOutOfRange() {
        #expect(refusal { () throws(InputError) in try InputValidation.target(3, classCount: 3) }
            == "target 3 is out of range: with 3 classes it must be 0 to 2")
        #expect(refusal { () throws(InputError) in try InputValidation.target(-1, classCount: 1) }
            == "target -1 is out of range: with 1 class it must be 0 to 0")
    }
}
