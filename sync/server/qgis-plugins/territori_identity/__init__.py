"""territori_identity: the QGIS Server filter of the Territori SIT (docs/sit.md, "Identity").

lighttpd authenticates the HTTP user and hands the request to the role's QGIS Server with REMOTE_USER set; QGIS then
writes to PostgreSQL as the role's login (sit_<role>), which cannot tell one person of a role from another. This
filter closes that gap before QGIS parses the request: every wfs:Insert feature and every wfs:Update of a WFS-T
Transaction must set updated_by to exactly REMOTE_USER, and author, when it is sent, too. Anything else is refused
with HTTP 403 and an OGC ServiceExceptionReport, and nothing of the transaction is executed.

The body is read the way QGIS Server 3.22 reads it (qgswfstransaction.cpp): the actions are the root's child
elements named Insert / Update (any namespace); an Insert's properties are its feature's child elements; an Update's
properties are ALL its descendants named Property, each with the text of its first descendant named Name and of its
first descendant named Value (none: NULL). Names are compared case-insensitively and without prefix, so that this
filter refuses at least what QGIS would write. A Transaction this filter cannot parse (or one with a DTD) is refused.
The filter cannot rewrite a request (QgsServerRequest has no setData in 3.22): it only refuses.
"""
import time
import xml.etree.ElementTree as ET

from qgis.core import Qgis, QgsMessageLog
from qgis.server import QgsOgcServiceException, QgsServerException, QgsServerFilter

CLAIMS = ("updated_by", "author")
REQUIRED = "updated_by"
HEADER = "X-Territori-Identity"      # on every response: `sit up` checks that the filter is loaded


def _local(tag):
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _text(el):
    return "".join(el.itertext())


def _column(name):
    return name.strip().rsplit(":", 1)[-1].lower()


def _first(el, local):
    return next((d for d in el.iter() if d is not el and _local(d.tag) == local), None)


def problems(body, user):
    """What is wrong with the identity values of a Transaction body (an empty list: nothing)."""
    if b"<!DOCTYPE" in body.upper() or b"<!ENTITY" in body.upper():
        return ["a Transaction with a DTD is not accepted"]
    try:
        root = ET.fromstring(body)
    except ET.ParseError as e:
        return [f"the Transaction is not well-formed XML ({e})"]
    found = []
    for n, action in enumerate(root, 1):
        kind = _local(action.tag)
        where = f"{kind} #{n}" + (f" ({action.get('handle')})" if action.get("handle") else "")
        if kind == "Insert":
            for feature in action:
                values = [(_column(_local(p.tag)), _text(p)) for p in feature]
                found += _check(values, user, f"{where} into {_local(feature.tag)}")
        elif kind == "Update":
            values = []
            for prop in action.iter():
                if prop is action or _local(prop.tag) != "Property":
                    continue
                name, value = _first(prop, "Name"), _first(prop, "Value")
                values.append((_column(_text(name)) if name is not None else "",
                               _text(value) if value is not None else None))
            found += _check(values, user, f"{where} of {_column(action.get('typeName') or '?')}")
    return found


def _check(values, user, where):
    out = []
    for column, value in values:
        if column in CLAIMS and value != user:
            shown = "NULL" if value is None else repr(value[:64])
            out.append(f"{where}: {column} is {shown}, not the authenticated account '{user}'")
    if not any(column == REQUIRED for column, _ in values):
        out.append(f"{where}: {REQUIRED} is missing (it must be the authenticated account '{user}')")
    return out


class Forbidden(QgsServerException):
    """HTTP 403 with an OGC ServiceExceptionReport (QgsOgcServiceException is not a QgsServerException in the 3.22
    bindings, so setServiceException does not take it: its formatting is borrowed instead)."""

    def __init__(self, message):
        super().__init__(message, 403)
        self.message = message

    def formatResponse(self):
        return QgsOgcServiceException("Forbidden", self.message, "", 403, "1.2.0").formatResponse()


class IdentityFilter(QgsServerFilter):
    def requestReady(self):
        handler = self.serverInterface().requestHandler()
        try:
            params = {k.upper(): v for k, v in handler.parameterMap().items()}
            body = bytes(handler.data() or b"")
            root_is_tx = False
            if body.lstrip()[:1] == b"<":
                head = body[:4096].decode("utf-8", "replace")
                root_is_tx = "Transaction" in head
            if params.get("REQUEST", "").lower() != "transaction" and not root_is_tx:
                return
            t = time.perf_counter()
            user = self.serverInterface().getEnv("REMOTE_USER") or ""
            found = problems(body, user) if user else ["no authenticated account (REMOTE_USER)"]
            if found:
                self._refuse(handler, "; ".join(found[:5]) + (f"; and {len(found) - 5} more" if len(found) > 5 else ""))
            QgsMessageLog.logMessage(f"territori_identity: {len(body)} bytes checked in "
                                     f"{(time.perf_counter() - t) * 1000:.2f} ms", "Server", Qgis.Info)
        except Exception as e:  # noqa: BLE001  fail closed: a transaction that could not be checked is refused
            self._refuse(handler, f"the identity check failed ({type(e).__name__})")

    def _refuse(self, handler, message):
        QgsMessageLog.logMessage(f"territori_identity: refused: {message}", "Server", Qgis.Warning)
        handler.setServiceException(Forbidden(f"identity: {message}"))

    def responseComplete(self):
        self.serverInterface().requestHandler().setResponseHeader(HEADER, "checked")


class TerritoriIdentity:
    """What QGIS keeps of the plugin: the filter, registered first (priority 100) so nothing runs before it."""

    def __init__(self, server_iface):
        self.filter = IdentityFilter(server_iface)
        server_iface.registerFilter(self.filter, 100)


def serverClassFactory(server_iface):
    return TerritoriIdentity(server_iface)
