import ArgumentParser
import Grader

// The library's own enums are the options' types: `--solution`, `--color`, `--sandbox`.

extension Solution: ExpressibleByArgument {}

extension ColorMode: ExpressibleByArgument {}

extension SandboxPolicy: ExpressibleByArgument {}
