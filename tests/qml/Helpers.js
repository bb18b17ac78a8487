// Finds a visible item by objectName anywhere under root, popups and their overlay included.
function find(root, name) {
    if (!root)
        return null
    if (root.objectName === name && root.visible !== false)
        return root
    var kids = root.children || []
    for (var i = 0; i < kids.length; ++i) {
        var found = find(kids[i], name)
        if (found)
            return found
    }
    var content = root.contentItem
    if (content && content !== root) {
        for (var j = 0; j < kids.length; ++j)
            if (kids[j] === content)
                return null
        return find(content, name)
    }
    return null
}
