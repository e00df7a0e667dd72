/// Fits the temperature: the root of the NLL's slope in β = 1/T,
///   g(β) = mean of (E_p[z] − z_target),   p = softmax(β·z),
/// which rises with β (its derivative is the mean variance of z under p). g(0⁺) is the mean of
/// (mean z − z_target) and g(∞) the mean of (max z − z_target), both known before any pass
/// (`CalibrationSet`): when g(∞) = 0 the NLL falls as T → 0, when g(0) ≥ 0 it falls as T → ∞, and
/// otherwise the root is bracketed from β = 1 by doubling or halving, then found by Brent's method
/// (inverse quadratic interpolation and secant steps, safeguarded by bisection; Brent 1973,
/// "Algorithms for Minimization without Derivatives", ch. 4) to a relative 1e-10 in β, well inside
/// the 1e-6 the issue asks for. Each evaluation of g is one pass over the logits
/// (`CalibrationPass`); a fixed number of LBFGS steps, as gpleiss/temperature_scaling takes, is
/// not used.
public struct TemperatureFit: Sendable {
    public let fitted: FittedTemperature
    /// The pass at the fitted temperature (nil without one), for its figures.
    public let pass: CalibrationPass?
    /// How many passes over the logits the fit took.
    public let evaluations: Int

    /// Relative tolerance on β (and so on T).
    static let tolerance = 1e-10
    /// Doublings or halvings of β from 1 before the bracket search gives up (2^±200).
    static let bracketSteps = 200

    @_specialize(where F == Double)
    @_specialize(where F == Float)
    public init<F: LogitFloat>(logits: UnsafeBufferPointer<F>, set: CalibrationSet, kernels: Kernels = .chosen) {
        if set.maskedTarget {
            self.init(fitted: .undefined, pass: nil, evaluations: 0)
            return
        }
        if set.slopeAtInfinity <= 0 {
            self.init(fitted: .towardsZero, pass: nil, evaluations: 0)
            return
        }
        if set.slopeAtZero >= 0 {
            self.init(fitted: .towardsInfinity, pass: nil, evaluations: 0)
            return
        }
        var evaluations = 0
        var passes: [Double: CalibrationPass] = [:]
        func g(_ beta: Double) -> Double {
            evaluations += 1
            let pass = CalibrationPass(logits: logits, set: set, temperature: 1 / beta, slope: true, kernels: kernels)
            passes = [beta: pass]  // only the latest is kept: the root is the last point evaluated or near it
            return pass.slope!
        }
        // Bracket: g(lo) < 0 < g(hi).
        var lo = 1.0, hi = 1.0
        var gLo = g(1), gHi = gLo
        var steps = 0
        if gLo < 0 {
            while gHi < 0 && steps < Self.bracketSteps {
                lo = hi; gLo = gHi
                hi *= 2; gHi = g(hi)
                steps += 1
            }
            if gHi < 0 || !gHi.isFinite {
                self.init(fitted: .towardsZero, pass: nil, evaluations: evaluations)
                return
            }
        } else if gLo > 0 {
            while gLo > 0 && steps < Self.bracketSteps {
                hi = lo; gHi = gLo
                lo /= 2; gLo = g(lo)
                steps += 1
            }
            if gLo > 0 {
                self.init(fitted: .towardsInfinity, pass: nil, evaluations: evaluations)
                return
            }
        }
        let beta = gLo == 0 ? lo : gHi == 0 ? hi : Self.brent(lo, hi, gLo, gHi, g)
        let pass = passes[beta] ?? CalibrationPass(logits: logits, set: set, temperature: 1 / beta, slope: false, kernels: kernels)
        self.init(fitted: .value(pass.temperature), pass: pass, evaluations: evaluations)
    }

    init(fitted: FittedTemperature, pass: CalibrationPass?, evaluations: Int) {
        self.fitted = fitted
        self.pass = pass
        self.evaluations = evaluations
    }

    /// Brent's root finder (zbrent as in Numerical Recipes, 2nd ed., §9.3) on [a, b] with
    /// f(a), f(b) of opposite signs, to a relative `tolerance`.
    static func brent(_ a0: Double, _ b0: Double, _ fa0: Double, _ fb0: Double, _ f: (Double) -> Double) -> Double {
        var a = a0, b = b0, c = b0
        var fa = fa0, fb = fb0, fc = fb0
        var d = b - a, e = d
        for _ in 0..<200 {
            if (fb > 0 && fc > 0) || (fb < 0 && fc < 0) {
                c = a; fc = fa
                d = b - a; e = d
            }
            if fc.magnitude < fb.magnitude {
                a = b; b = c; c = a
                fa = fb; fb = fc; fc = fa
            }
            let tol1 = 2 * Double.ulpOfOne * b.magnitude + 0.5 * tolerance * b.magnitude
            let xm = 0.5 * (c - b)
            if xm.magnitude <= tol1 || fb == 0 { return b }
            if e.magnitude >= tol1 && fa.magnitude > fb.magnitude {
                let s = fb / fa
                var p: Double, q: Double
                if a == c {
                    p = 2 * xm * s
                    q = 1 - s
                } else {
                    let qa = fa / fc, r = fb / fc
                    p = s * (2 * xm * qa * (qa - r) - (b - a) * (r - 1))
                    q = (qa - 1) * (r - 1) * (s - 1)
                }
                if p > 0 { q = -q }
                p = p.magnitude
                if 2 * p < min(3 * xm * q - (tol1 * q).magnitude, (e * q).magnitude) {
                    e = d
                    d = p / q
                } else {
                    d = xm; e = d
                }
            } else {
                d = xm; e = d
            }
            a = b; fa = fb
            b += d.magnitude > tol1 ? d : (xm > 0 ? tol1 : -tol1)
            fb = f(b)
        }
        return b
    }
}
