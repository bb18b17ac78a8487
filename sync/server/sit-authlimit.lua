-- sit-authlimit.lua: a limit on failed logins for the SIT's lighttpd (mod_magnet, lighttpd >= 1.4.65).
--
-- `sit up` writes DIR/etc/authlimit.lua = one line defining MAX_PAIR, MAX_ADDR and WINDOW, then this file. The same
-- script is attached twice, so both runs share one Lua state (and the table below):
--   magnet.attract-raw-url-to         before mod_auth checks anything: a (user, client address) with MAX_PAIR
--                                     failed logins, or a client address with MAX_ADDR, in the current window gets
--                                     429 Too Many Requests with Retry-After, whatever its password
--   magnet.attract-response-start-to  a 401 to a request that carried credentials is a failed login: counted for
--                                     its (user, address) and its address; any other answer to credentials clears
--                                     the (user, address) count
-- A window starts at the first failure and lasts WINDOW seconds; then the counts start again. So a real user is never
-- locked out for longer than WINDOW, and an attacker at one address gets MAX_PAIR guesses per user and MAX_ADDR in
-- all per WINDOW (on top of lighttpd's own delay of about 1 s per failed login and connection). There is no limit
-- per user across addresses: anyone could use it to lock the real user out.

local r = lighty.r
local now = os.time()
local G = _G
local S = G.territori_authlimit
if S == nil then
    S = { pairs = {}, addrs = {}, n = 0, swept = now }
    G.territori_authlimit = S
end

local function user_of(authorization)
    if authorization == nil then return nil end
    local b64 = authorization:match("^[Bb][Aa][Ss][Ii][Cc]%s+(%S+)")
    if b64 == nil then return "?" end
    local plain = lighty.c.b64dec(b64) or ""
    return (plain:match("^([^:]*)") or ""):sub(1, 256)
end

local function live(e)
    if e ~= nil and now - e.t0 < WINDOW then return e end
    return nil
end

local function sweep()
    -- drop expired entries; keep the tables bounded whatever the traffic
    if S.n < 20000 and now - S.swept < WINDOW then return end
    local n = 0
    for k, e in next, S.pairs do
        if live(e) then n = n + 1 else S.pairs[k] = nil end
    end
    for k, e in next, S.addrs do
        if not live(e) then S.addrs[k] = nil end
    end
    S.n, S.swept = n, now
end

local user = user_of(r.req_header["Authorization"])
if user == nil then return 0 end
local addr = r.req_attr["request.remote-addr"] or "?"
local key = addr .. "\0" .. user
local status = r.req_item.http_status

if status == 0 then
    -- raw URL: before authentication
    local p, a = live(S.pairs[key]), live(S.addrs[addr])
    local until_t = nil
    if p and p.n >= MAX_PAIR then until_t = p.t0 + WINDOW end
    if a and a.n >= MAX_ADDR then until_t = math.max(until_t or 0, a.t0 + WINDOW) end
    if until_t then
        r.resp_header["Retry-After"] = tostring(math.max(1, until_t - now))
        r.resp_header["Content-Type"] = "text/plain; charset=utf-8"
        r.resp_body.set({ "too many failed logins: try again in " .. tostring(math.max(1, until_t - now)) .. " s\n" })
        return 429
    end
    return 0
end

-- response start
if status == 401 then
    sweep()
    local p = live(S.pairs[key])
    if p then
        p.n = p.n + 1
    elseif S.n < 50000 then
        S.pairs[key] = { n = 1, t0 = now }
        S.n = S.n + 1
    end
    local a = live(S.addrs[addr])
    if a then a.n = a.n + 1 else S.addrs[addr] = { n = 1, t0 = now } end
elseif status ~= 429 and S.pairs[key] ~= nil then
    S.pairs[key] = nil
end
return 0
