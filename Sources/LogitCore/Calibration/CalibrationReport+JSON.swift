/// `--json`'s `calibration` (issue 12): `{"rows", "bins", "accuracy", "nll", "ece", "mce", "rmsce",
/// "reliability": [{"lower", "upper", "count", "confidence", "accuracy"}, …], "fitted_temperature",
/// "at_fitted": {"nll", "ece", "mce", "rmsce", "accuracy"}}`. Empty bins are listed with count 0
/// and nulls. Without a minimum, `fitted_temperature` is the sentence saying where the NLL falls
/// ("NLL falls as T → 0", "NLL falls as T → ∞") and `at_fitted` is null.
extension CalibrationReport {
    public var json: JSONValue {
        let at = atTemperature
        var fields: [JSONField] = [
            JSONField("rows", .integer(at.rows)),
            JSONField("bins", .integer(bins)),
            JSONField("accuracy", .number(at.accuracy)),
            JSONField("nll", .number(at.nll)),
            JSONField("ece", .number(at.ece)),
            JSONField("mce", .number(at.mce)),
            JSONField("rmsce", .number(at.rmsce)),
            JSONField("reliability", .array(at.reliability.map(\.json))),
        ]
        switch fitted {
        case .value(let t): fields.append(JSONField("fitted_temperature", .number(t)))
        default: fields.append(JSONField("fitted_temperature", .string(fitted.explanation)))
        }
        fields.append(JSONField("at_fitted", atFitted.map { f in
            .object([
                JSONField("nll", .number(f.nll)),
                JSONField("ece", .number(f.ece)),
                JSONField("mce", .number(f.mce)),
                JSONField("rmsce", .number(f.rmsce)),
                JSONField("accuracy", .number(f.accuracy)),
            ])
        } ?? .null))
        return .object(fields)
    }
}

extension ReliabilityBin {
    var json: JSONValue {
        .object([
            JSONField("lower", .number(lower)),
            JSONField("upper", .number(upper)),
            JSONField("count", .integer(count)),
            JSONField("confidence", confidence.map(JSONValue.number) ?? .null),
            JSONField("accuracy", accuracy.map(JSONValue.number) ?? .null),
        ])
    }
}
