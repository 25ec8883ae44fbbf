/// Stops the program with `message` when `condition` is false, in every build configuration.
///
/// NumericCore is compiled with optimization even in debug builds, and an optimized `precondition`
/// traps without its message. A student whose matrices do not fit must read which shapes did not, so
/// every check of this module goes through here and `fatalError`, which always prints.
@inline(__always)
func require(
    _ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
    file: StaticString = #file, line: UInt = #line
) {
    if !condition() { fatalError(message(), file: file, line: line) }
}
