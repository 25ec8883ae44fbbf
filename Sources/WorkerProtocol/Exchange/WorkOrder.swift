/// One case as a worker receives it: which function to call, on which inputs.
public struct WorkItem: Sendable, Equatable {
    /// The case id, for the worker's own messages.
    public var id: String
    /// The graded function's notebook name.
    public var function: String
    /// Every input, generated ones included.
    public var inputs: [String: Value]

    /// Creates a work item.
    public init(id: String, function: String, inputs: [String: Value]) {
        self.id = id
        self.function = function
        self.inputs = inputs
    }
}

/// The cases of one exercise, in order, as the grader hands them to a worker process.
///
/// Written once per exercise to `order.bin`; a worker restarted after a crash reads the same file and
/// starts at a later index.
public struct WorkOrder: Sendable, Equatable {
    /// The cases, in grading order.
    public var items: [WorkItem]

    /// Creates a work order.
    public init(items: [WorkItem]) {
        self.items = items
    }

    /// The order in the exchange format.
    public func encoded() -> [UInt8] {
        var writer = BinaryWriter()
        writer.write(items.count)
        for item in items {
            writer.write(item.id)
            writer.write(item.function)
            writer.write(item.inputs)
        }
        return writer.bytes
    }

    /// Reads an order written by `encoded()`.
    ///
    /// - Throws: `BinaryReader.FormatError` when the bytes are not a work order.
    public init(decoding bytes: [UInt8]) throws {
        var reader = BinaryReader(bytes)
        let count = try reader.readInt()
        var items: [WorkItem] = []
        for _ in 0..<max(count, 0) {
            let id = try reader.readString()
            let function = try reader.readString()
            items.append(WorkItem(id: id, function: function, inputs: try reader.readNamedValues()))
        }
        self.items = items
    }
}
