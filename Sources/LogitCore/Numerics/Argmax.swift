/// The index of the first largest element, as numpy.argmax and torch.argmax choose among ties.
/// Because exp is increasing and softmax divides every term by the same sum, this is also the
/// argmax of softmax at every temperature T > 0: prediction needs no softmax at all.
/// nil for an empty collection.
public func argmax<C: Collection>(_ values: C) -> C.Index? where C.Element: Comparable {
    var best: C.Index? = nil
    for i in values.indices where best == nil || values[i] > values[best!] {
        best = i
    }
    return best
}
