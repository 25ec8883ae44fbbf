/// Fixture values are `WorkerProtocol.Value`s: whoever reads fixtures also handles the values they hold.
@_exported import WorkerProtocol
