import CNcurses
import LogitView

/// What one read from ncurses meant.
enum InputEvent: Equatable {
    case key(Key)
    case mouse(MouseEvent)
    /// The terminal changed size (KEY_RESIZE): re-read it and draw again.
    case resize
}

/// Decodes `wget_wch` results (characters and KEY_* codes) and `getmouse` reports into the view's
/// `Key` and `MouseEvent`. It remembers whether a button is down, because ncurses reports a drag
/// as a bare position report, and holds mouse events that arrived together (see `mouseEvents`).
struct InputDecoder {
    private var buttonDown = false
    private var queued: [MouseEvent] = []

    /// Reads what ncurses has without waiting (the window is in nodelay mode): nil when nothing is
    /// there, `.some(nil)` for something the explorer does not use.
    mutating func poll(_ window: UnsafeMutablePointer<WINDOW>) -> InputEvent?? {
        if !queued.isEmpty { return .some(.mouse(queued.removeFirst())) }
        var character: wint_t = 0
        switch wget_wch(window, &character) {
        case OK: return .some(Self.key(forCharacter: UInt32(character)).map(InputEvent.key))
        case KEY_CODE_YES: return .some(keyCode(Int32(character)))
        default: return nil  // ERR: nothing pending (or a signal)
        }
    }

    static func key(forCharacter code: UInt32) -> Key? {
        switch code {
        case 10, 13: return .enter
        case 27: return .escape
        case 9: return .tab
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(code + 96)!))
        case 0..<32: return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .character(Character(scalar))
        }
    }

    private mutating func keyCode(_ code: Int32) -> InputEvent? {
        switch code {
        case KEY_RESIZE: return .resize
        case KEY_MOUSE:
            queued = mouseEvents()
            return queued.isEmpty ? nil : .mouse(queued.removeFirst())
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_BTAB: return .key(.backTab)
        case ls_key_f(1)...ls_key_f(24): return .key(.function(Int(code - ls_key_f(0))))
        default: return nil
        }
    }

    /// Every report behind one KEY_MOUSE, oldest first. When reports arrive together (a press
    /// and the first drag in one read), ncurses queues them all but returns a single KEY_MOUSE,
    /// and `getmouse` hands them out newest first; taking only one would lose the press.
    private mutating func mouseEvents() -> [MouseEvent] {
        var reports: [MEVENT] = []
        var event = MEVENT()
        while getmouse(&event) == OK { reports.append(event) }
        return reports.reversed().compactMap { decode($0) }
    }

    private mutating func decode(_ event: MEVENT) -> MouseEvent? {
        let x = Int(event.x), y = Int(event.y), state = event.bstate
        if state & ls_button4_pressed() != 0 { return MouseEvent(.scrollUp, x: x, y: y) }
        if state & ls_button5_pressed() != 0 { return MouseEvent(.scrollDown, x: x, y: y) }
        if state & ls_button1_pressed() != 0 {
            buttonDown = true
            return MouseEvent(.press, x: x, y: y)
        }
        if state & ls_button_released_any() != 0 {
            guard buttonDown else { return nil }
            buttonDown = false
            return MouseEvent(.release, x: x, y: y)
        }
        if state & ls_button1_clicked() != 0 {
            // Only when ncurses folds a quick press and release into a click despite mouseinterval(0).
            return MouseEvent(.press, x: x, y: y)
        }
        if state & ls_report_mouse_position() != 0, buttonDown {
            return MouseEvent(.drag, x: x, y: y)
        }
        return nil
    }
}
