extension Person {
    /// How reports name the person: the input's Person ID, else the UPN as written, else the
    /// position in the return ("person 12"), which is only stable for the same input.
    public func displayID(index: Int) -> String {
        if let id, !id.isEmpty { return id }
        if let upn = upn.text { return upn }
        return "person \(index + 1)"
    }
}
