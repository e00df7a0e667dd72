import LogitCore
import Testing

struct CSVLoaderTests {
    func load(_ text: String) throws -> LoadedLogits {
        try LogitFileLoader.load(bytes(text), name: "t.csv")
    }

    @Test func headerAndLabelColumnInEitherPosition() throws {
        let a = try load("token,logit\nNews,2.0\nEntertainment,1.0\nTechnology,0.1\n")
        let b = try load("logit,token\n2.0,News\n1.0,Entertainment\n0.1,Technology\n")
        for l in [a, b] {
            #expect(l.logits == [2, 1, 0.1])
            #expect(l.labels == ["News", "Entertainment", "Technology"])
        }
    }

    @Test func noHeader() throws {
        let l = try load("News,2.0\r\nEntertainment,1.0\r\n")
        #expect(l.logits == [2, 1])
        #expect(l.labels == ["News", "Entertainment"])
        let values = try load("2.0\n1.0\n-inf\n")
        #expect(values.logits == [2, 1, -.infinity])
        #expect(values.labels == nil)
    }

    @Test func quotedLabelsWithCommasQuotesAndNewlines() throws {
        let l = try load("label,logit\n\"Hello, world\",1\n\"say \"\"hi\"\"\",2\n\"two\nlines\",3\n")
        #expect(l.labels == ["Hello, world", "say \"hi\"", "two\nlines"])
        #expect(l.logits == [1, 2, 3])
    }

    @Test func indexColumnIsPassedOver() throws {
        let l = try load("id,token,score\n0,a,0.5\n1,b,-1.5\n2,c,3\n")
        #expect(l.logits == [0.5, -1.5, 3])
        #expect(l.labels == ["a", "b", "c"])
        let noHeader = try load("1,0.5\n2,-1.5\n3,3\n")
        #expect(noHeader.logits == [0.5, -1.5, 3])
    }

    @Test func headerNamesTheValueColumnAmongSeveral() throws {
        let l = try load("prob,logit\n0.7,2\n0.3,1\n")
        #expect(l.logits == [2, 1])
    }

    @Test func refusals() {
        #expect(loadRefusal(bytes("token,logit\na,1\nb,zwei\n"), name: "t.csv")
            == "t.csv: no column holds only numbers: a CSV needs a column of logits")
        #expect(loadRefusal(bytes("a,1\nb,2,3\n"), name: "t.csv")
            == "t.csv: line 2 has 3 fields but line 1 has 2: every row needs the same columns")
        #expect(loadRefusal(bytes("x,y\n0.5,2\n0.7,1\n"), name: "t.csv")
            == "t.csv: columns 1, 2 all hold numbers: name the logits column \"logit\" in a header row")
        #expect(loadRefusal(bytes("token,logit\na,1\nb,nan\n"), name: "t.csv")
            == "t.csv: line 3, column 2: logit 2 is NaN: a logit must be a number (-inf masks a class)")
        #expect(loadRefusal(bytes("token,logit\n\"a,1\n"), name: "t.csv")
            == "t.csv: line 2: a quoted field is never closed (a missing \")")
        #expect(loadRefusal(bytes("token,logit\n"), name: "t.csv") == "t.csv: no column holds only numbers: a CSV needs a column of logits")
    }
}
