import LogitCore

/// Applies actions in order through the one reducer, from the seed state.
func reduce(_ actions: Action...) -> ExplorerState {
    reduce(from: ExplorerState(), actions)
}

func reduce(from state: ExplorerState, _ actions: Action...) -> ExplorerState {
    reduce(from: state, actions)
}

func reduce(from state: ExplorerState, _ actions: [Action]) -> ExplorerState {
    actions.reduce(state) { update($0, $1).state }
}

/// The same action n times.
func reduce(from state: ExplorerState, _ action: Action, times n: Int) -> ExplorerState {
    reduce(from: state, Array(repeating: action, count: n))
}
