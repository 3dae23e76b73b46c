// Passkeys in the portal: the server's options come as JSON with binary values in base64url, and the browser's
// answer goes back the same way (WebAuthn's JSON forms), sent with the page's CSRF token.
const vakaPasskeys = (() => {
  const bytes = text => Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')
      + '==='.slice((text.length + 3) % 4)), c => c.charCodeAt(0));
  const text = buffer => btoa(String.fromCharCode(...new Uint8Array(buffer)))
      .replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  const csrf = () => {
    const token = document.querySelector('meta[name="_csrf"]');
    const header = document.querySelector('meta[name="_csrf_header"]');
    return token && header ? {[header.content]: token.content} : {};
  };
  async function post(url, body) {
    const response = await fetch(url, {method: 'POST', credentials: 'same-origin',
      headers: {'Content-Type': 'application/json', 'Accept': 'application/json', ...csrf()},
      body: body === undefined ? '{}' : JSON.stringify(body)});
    const answer = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(answer.detail || ('HTTP ' + response.status));
    return answer;
  }
  const common = credential => ({id: credential.id, rawId: text(credential.rawId), type: credential.type,
    authenticatorAttachment: credential.authenticatorAttachment || undefined,
    clientExtensionResults: credential.getClientExtensionResults()});

  async function register(optionsUrl, saveUrl, name, password) {
    const options = await post(optionsUrl);
    const credential = await navigator.credentials.create({publicKey: {...options,
      challenge: bytes(options.challenge), user: {...options.user, id: bytes(options.user.id)},
      excludeCredentials: options.excludeCredentials.map(c => ({...c, id: bytes(c.id)}))}});
    return post(saveUrl, {name, password, credential: {...common(credential), response: {
      clientDataJSON: text(credential.response.clientDataJSON),
      attestationObject: text(credential.response.attestationObject),
      transports: credential.response.getTransports ? credential.response.getTransports() : []}}});
  }

  async function signIn(optionsUrl, signInUrl) {
    const options = await post(optionsUrl);
    const credential = await navigator.credentials.get({publicKey: {...options,
      challenge: bytes(options.challenge), allowCredentials: []}});
    return post(signInUrl, {...common(credential), response: {
      clientDataJSON: text(credential.response.clientDataJSON),
      authenticatorData: text(credential.response.authenticatorData),
      signature: text(credential.response.signature),
      userHandle: credential.response.userHandle ? text(credential.response.userHandle) : undefined}});
  }

  return {register, signIn};
})();
