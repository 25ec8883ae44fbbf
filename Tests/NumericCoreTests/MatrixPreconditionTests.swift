import NumericCore
import Testing

/// Misuse stops the process with a message naming the shapes, as numpy raises with one.
@Suite struct MatrixPreconditionTests {
    @Test func mismatchedShapesStopWithBothShapesNamed() async throws {
        let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = Matrix.zeros(2, 3) + Matrix.zeros(3, 2)
        }
        let message = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
        #expect(message.contains("operands could not be broadcast together with shapes (2, 3) (3, 2)"), "\(message)")
    }

    @Test func comparisonOfMismatchedShapesStops() async {
        await #expect(processExitsWith: .failure) {
            _ = Matrix.zeros(4, 1) .< Matrix.zeros(1, 4).reshaped(2, 2)
        }
    }

    @Test func compoundAssignmentCannotGrowTheLeftOperand() async {
        await #expect(processExitsWith: .failure) {
            var row = Matrix.zeros(1, 3)
            row += Matrix.ones(2, 3)
        }
    }

    @Test func dotWithMisalignedInnerDimensionsStops() async {
        await #expect(processExitsWith: .failure) {
            _ = Matrix.zeros(2, 3).dot(Matrix.zeros(2, 3))
        }
    }

    @Test func reshapeToAnotherCountStops() async {
        await #expect(processExitsWith: .failure) {
            _ = Matrix.zeros(2, 3).reshaped(4, 2)
        }
    }

    @Test func raggedRowsStop() async {
        await #expect(processExitsWith: .failure) {
            _ = Matrix([[1, 2], [3]])
        }
    }

    @Test func vstackOfDifferentWidthsStops() async {
        await #expect(processExitsWith: .failure) {
            _ = Matrix.vstack([Matrix.zeros(1, 2), Matrix.zeros(1, 3)])
        }
    }

    @Test func outOfBoundsAccessStops() async {
        await #expect(processExitsWith: .failure) {
            _ = Matrix.zeros(2, 2)[2, 0]
        }
        await #expect(processExitsWith: .failure) {
            _ = Matrix.zeros(2, 2).columns([0, 2])
        }
    }
}
