import LogitCore
import Testing

struct FilterValidationTests {
    @Test func acceptedRanges() throws {
        let f = try SamplingFilters(topK: 1, topP: 1, minP: 0)
        #expect(f.topK == 1 && f.topP == 1 && f.minP == 0)
        #expect(f.isActive)
        #expect(!SamplingFilters.none.isActive)
        #expect(try SamplingFilters.topK(" 50 ") == 50)
        #expect(try SamplingFilters.topP("0.9") == 0.9)
        #expect(try SamplingFilters.minP("1") == 1)
        #expect(try SplitMix64.seed("18446744073709551615") == .max)
        #expect(try TokenSampler.sampleCount("1000") == 1000)
    }

    @Test func refusedWithTheValueNamed() {
        #expect(refusal { () throws(InputError) in try SamplingFilters(topK: 0) }
            == "top-k is 0: it must be a whole number of at least 1 (1 keeps only the most likely token)")
        #expect(refusal { () throws(InputError) in try SamplingFilters(topP: 0) }
            == "top-p is 0: it must be a probability mass greater than 0 and at most 1")
        #expect(refusal { () throws(InputError) in try SamplingFilters(topP: 1.5) }
            == "top-p is 1.5: it must be a probability mass greater than 0 and at most 1")
        #expect(refusal { () throws(InputError) in try SamplingFilters(topP: .nan) }
            == "top-p is NaN: it must be a probability mass greater than 0 and at most 1")
        #expect(refusal { () throws(InputError) in try SamplingFilters(minP: -0.1) } == "min-p is -0.1: it must be between 0 and 1")
        #expect(refusal { () throws(InputError) in try SamplingFilters.topK("ten") } == "top-k \"ten\" is not a whole number")
        #expect(refusal { () throws(InputError) in try SamplingFilters.topK("2.5") } == "top-k \"2.5\" is not a whole number")
        #expect(refusal { () throws(InputError) in try SamplingFilters.topP("x") } == "top-p \"x\" is not a number")
        #expect(refusal { () throws(InputError) in try SamplingFilters.minP("2") } == "min-p is 2: it must be between 0 and 1")
        #expect(refusal { () throws(InputError) in try SplitMix64.seed("-1") } == "seed \"-1\" is not a whole number from 0 to 18446744073709551615")
        #expect(refusal { () throws(InputError) in try TokenSampler.sampleCount("0") } == "samples is 0: it must be a whole number from 1 to 10000000")
    }
}
