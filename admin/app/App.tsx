import { Redirect, Route, Router, Switch } from 'wouter';
import { SignInScreen } from '../screens/SignInScreen.js';
import { consoleSections, homePath } from './console-routes.js';
import { ConsoleFrame } from './ConsoleFrame.js';
import { useSession } from './console-stores.js';

/** The admin console: the signed-in screens, or the sign-in page. */
export function App() {
  const status = useSession((s) => s.status);
  switch (status) {
    case 'starting':
      return (
        <main className="console-loading" aria-busy="true">
          <p>Opening the Kitdesk admin console …</p>
        </main>
      );
    case 'signed-out':
      return <SignInScreen />;
    case 'signed-in':
      return (
        <Router base="/admin">
          <ConsoleFrame>
            <Switch>
              {consoleSections.flatMap((section) =>
                section.screens.map((screen) => (
                  <Route key={screen.pattern} path={screen.pattern} component={screen.component} />
                )),
              )}
              <Route>
                <Redirect to={homePath} replace />
              </Route>
            </Switch>
          </ConsoleFrame>
        </Router>
      );
    default: {
      const unreachable: never = status;
      return unreachable;
    }
  }
}
