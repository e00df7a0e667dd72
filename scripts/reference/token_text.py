"""A token's bytes as logitscope shows them, for the fixture scripts' expected values."""


def shown_bytes(data):
    """UTF-8 where whole, <0xNN> for each byte that is not part of a whole sequence."""
    data, out, i = bytes(data), [], 0
    while i < len(data):
        for n in (1, 2, 3, 4):
            try:
                out.append(data[i:i + n].decode("utf-8"))
                i += n
                break
            except UnicodeDecodeError:
                continue
        else:
            out.append("<0x%02X>" % data[i])
            i += 1
    return "".join(out)
