/// A framed box over the explorer (help, preset picker, export menu): cleared, with a border in
/// the heading style and a title centred on its top line.
enum Box {
    static func draw(_ box: Rect, title: String, options: RenderOptions, on screen: inout Screen) {
        let g = Glyphs(options)
        screen.fill(box)
        let (tl, tr, bl, br) = g.corners
        for x in box.x..<box.maxX {
            screen.put(g.horizontal, width: 1, x: x, y: box.y, style: Theme.heading)
            screen.put(g.horizontal, width: 1, x: x, y: box.maxY - 1, style: Theme.heading)
        }
        for y in box.y..<box.maxY {
            screen.put(g.vertical, width: 1, x: box.x, y: y, style: Theme.heading)
            screen.put(g.vertical, width: 1, x: box.maxX - 1, y: y, style: Theme.heading)
        }
        screen.put(tl, width: 1, x: box.x, y: box.y, style: Theme.heading)
        screen.put(tr, width: 1, x: box.maxX - 1, y: box.y, style: Theme.heading)
        screen.put(bl, width: 1, x: box.x, y: box.maxY - 1, style: Theme.heading)
        screen.put(br, width: 1, x: box.maxX - 1, y: box.maxY - 1, style: Theme.heading)
        screen.writeCentered(title, x: box.x, y: box.y, width: box.width, style: Theme.heading, unicode: options.unicode)
    }
}
